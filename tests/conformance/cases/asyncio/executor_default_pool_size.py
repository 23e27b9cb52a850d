# pyco: versions=all oracle=plain
# The default executor has min(32, cpu_count + 4) workers (cpu_count * 5 in 3.7), named
# asyncio_N from 3.9: with more jobs than workers, the others wait for a free worker.
import asyncio
import threading
import time


def job(i):
    time.sleep(1)
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    names = await asyncio.gather(*(loop.run_in_executor(None, job, i) for i in range(7)))
    workers = loop._default_executor._max_workers
    print("workers:", workers)
    print(sorted(set(names), key=lambda n: int(n.rsplit("_", 1)[1])))
    print("elapsed", round(loop.time() - t0))


asyncio.run(main())
