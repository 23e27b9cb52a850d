# pyco: versions=all
import asyncio

async def main():
    stack = asyncio.LifoQueue()
    for word in "first second third fourth".split():
        stack.put_nowait(word)
    print("size", stack.qsize())
    while not stack.empty():
        print(stack.get_nowait())

asyncio.run(main())
