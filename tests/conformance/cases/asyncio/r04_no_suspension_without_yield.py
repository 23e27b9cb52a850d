# R4: awaiting things that complete synchronously never lets another task run.
import asyncio

async def innermost():
    return 7

async def middle():
    v = await innermost()
    return v * 6

async def bystander():
    print("  bystander gets a turn")

async def main():
    asyncio.create_task(bystander())
    print("chain gives", await middle())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready-made")
    print("done future gives", await fut)
    print("empty gather gives", await asyncio.gather())
    q = asyncio.Queue()
    await q.put("item")
    print("queue get gives", await q.get())
    ev = asyncio.Event()
    ev.set()
    print("event wait gives", await ev.wait())
    lk = asyncio.Lock()
    await lk.acquire()
    print("lock acquired", lk.locked())
    lk.release()
    sem = asyncio.Semaphore(2)
    async with sem:
        print("semaphore entered")
    print("now yielding for the first time")
    await asyncio.sleep(0)
    print("back in main")

asyncio.run(main())
