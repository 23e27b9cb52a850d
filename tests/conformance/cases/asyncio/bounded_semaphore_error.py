# pyco: versions=all
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    print("locked:", sem.locked())
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain semaphore can go above its start value:", not plain.locked())

asyncio.run(main())
