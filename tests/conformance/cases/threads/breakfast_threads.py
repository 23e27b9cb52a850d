# pyco: versions=3.7,3.9,3.11,3.13 oracle=plain
# Three threads sleep side by side: the waits overlap, so the whole takes as long as the longest.
import threading
import time


def step(name, seconds):
    print(f"{name}: start")
    time.sleep(seconds)
    print(f"{name}: done after {seconds} s")
    return seconds


start = time.monotonic()
workers = [
    threading.Thread(target=step, args=("boil water", 0.6)),
    threading.Thread(target=step, args=("toast bread", 0.4), name="toaster"),
    threading.Thread(target=step, kwargs={"name": "fry egg", "seconds": 0.2}, daemon=False),
]
for w in workers:
    w.start()
    time.sleep(0.05)
print("started:", [t.name for t in threading.enumerate()])
print("alive:", [w.is_alive() for w in workers], threading.active_count())
for w in workers:
    w.join()
elapsed = time.monotonic() - start
print("all done in about", round(elapsed, 1), "s")
print("alive:", [w.is_alive() for w in workers], threading.active_count())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(repr(workers[1]).startswith("<Thread(toaster, stopped"))
