# pyco: versions=3.8,3.11,3.13 oracle=plain
# concurrent.futures on threads: submit, as_completed, map, wait, exceptions, timeouts, and a
# pool left open until the program ends (its jobs still finish at exit).
import concurrent.futures
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, as_completed, wait


UNIT = 0.15


def fetch(n):
    time.sleep(n * UNIT)
    print(f"fetch {n} done in {threading.current_thread().name}")
    return n * 10


start = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(fetch, n): n for n in (4, 1, 7, 2)}
    for f in as_completed(futures):
        print("completed", futures[f], "->", f.result())
print("pool of 3 took about", round((time.monotonic() - start) / UNIT), "units")

with ThreadPoolExecutor(2, thread_name_prefix="mapper") as ex:
    print(list(ex.map(fetch, [2, 1, 3])))

ex = ThreadPoolExecutor(2)
quick = ex.submit(fetch, 1)
done, pending = wait([quick, ex.submit(fetch, 6)], return_when=FIRST_COMPLETED)
print(len(done), len(pending), quick in done, repr(quick).split(" at ")[0])


def bad():
    raise KeyError("missing")


g = ex.submit(bad)
try:
    g.result()
except KeyError as e:
    print("result() raised", repr(e), "exception():", repr(g.exception()))
try:
    ex.submit(time.sleep, 1).result(timeout=UNIT)
except concurrent.futures.TimeoutError:
    print("result(timeout=UNIT): TimeoutError")
late = ex.submit(fetch, 2)
late.add_done_callback(lambda f: print("callback sees", f.result()))
print("main program ends; the pool was never shut down")
