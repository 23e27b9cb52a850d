# pyco: versions=all
import asyncio

async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(1)
    print("holder released")

async def impatient(lock):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.3)
        print("impatient acquired")
    except asyncio.TimeoutError:
        print("impatient gave up at", round(loop.time(), 2))
    await lock.acquire()
    print("impatient finally acquired at", round(loop.time(), 2))
    lock.release()

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), impatient(lock))

asyncio.run(main())
