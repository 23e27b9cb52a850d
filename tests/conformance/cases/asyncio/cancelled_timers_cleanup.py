# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(1, fired.append, i) for i in range(150)]
    for h in handles[:120]:
        h.cancel()
    extra = [loop.call_later(1, fired.append, 1000 + i) for i in range(5)]
    await asyncio.sleep(2)
    print(len(fired), fired[:12])
    print(sorted(fired) == list(range(120, 150)) + [1000, 1001, 1002, 1003, 1004])

asyncio.run(main())
