# pyco: versions=all
import asyncio

async def main():
    sem = asyncio.Semaphore(3)
    print("locked?", sem.locked())
    for i in range(3):
        await sem.acquire()
        print("acquired", i + 1, "locked?", sem.locked())
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, sem.release)
    await sem.acquire()
    print("fourth acquire succeeded at", round(loop.time(), 2))

asyncio.run(main())
