# pyco: versions=3.9+ oracle=plain
# The traceback of an exception raised in an asyncio.to_thread job: the coroutine, then
# asyncio/threads.py's to_thread, the worker's frame, the job.
import asyncio
import time


def check_stock(item, wanted):
    time.sleep(0.2)
    stock = {"apples": 3, "pears": 0}
    if stock[item] < wanted:
        raise RuntimeError(f"only {stock[item]} {item} left")
    return wanted


async def main():
    print(await asyncio.to_thread(check_stock, "apples", 2))
    print(await asyncio.to_thread(check_stock, "pears", wanted=1))


asyncio.run(main())
