# pyco: versions=all
# R4: awaiting things that finish synchronously never lets another task run.
import asyncio

async def deepest():
    return "deep value"

async def middle():
    return await deepest()

async def intruder():
    print("intruder ran")

async def main():
    asyncio.create_task(intruder())
    print(await middle())
    q = asyncio.Queue()
    q.put_nowait("queued")
    print(await q.get())
    await q.put("again")
    ev = asyncio.Event()
    ev.set()
    print("event wait:", await ev.wait())
    lock = asyncio.Lock()
    async with lock:
        print("inside lock")
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(await done)
    print(await asyncio.gather())
    print("now yielding")
    await asyncio.sleep(0)
    print("back")

asyncio.run(main())
