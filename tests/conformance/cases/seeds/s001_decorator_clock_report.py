# pyco: versions=3.7-3.10
import asyncio

@asyncio.coroutine
def report_clock(tag, loop):
    stop_at = loop.time() + 10.0
    while True:
        print("Worker: {} Clock: {}".format(tag, loop.time()))
        if (loop.time() + 1.0) >= stop_at:
            break
        yield from asyncio.sleep(2)

loop = asyncio.get_event_loop()
jobs = [report_clock(1, loop), report_clock(2, loop)]
loop.run_until_complete(asyncio.gather(*jobs))
loop.close()
