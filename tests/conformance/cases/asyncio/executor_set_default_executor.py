# pyco: versions=all oracle=plain
# set_default_executor with a small ThreadPoolExecutor: its two workers take the three jobs in
# turns; another kind of executor is refused from 3.11 (a DeprecationWarning in 3.8-3.10).
import asyncio
import concurrent.futures
import threading
import time


class InlineExecutor(concurrent.futures.Executor):
    def submit(self, fn, *args):
        f = concurrent.futures.Future()
        f.set_result(fn(*args))
        return f


def work(i):
    time.sleep(1)
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="small"))
    t0 = loop.time()
    names = await asyncio.gather(*(loop.run_in_executor(None, work, i) for i in range(3)))
    print(sorted(set(names)))
    print("elapsed", round(loop.time() - t0))
    print(await loop.run_in_executor(InlineExecutor(), max, 4, 9))
    try:
        loop.set_default_executor(InlineExecutor())
        print("accepted")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
