# pyco: versions=all oracle=plain
# run_in_executor on a loop driven by hand (new_event_loop, run_until_complete, close).
import asyncio
import time


def blocking(n):
    time.sleep(n)
    print("blocking finished", n)
    return n * 10


async def main(loop):
    a = loop.run_in_executor(None, blocking, 0.5)
    b = loop.run_in_executor(None, blocking, 0.2)
    print(await asyncio.gather(a, b))


loop = asyncio.new_event_loop()
loop.run_until_complete(main(loop))
loop.close()
print("closed")
