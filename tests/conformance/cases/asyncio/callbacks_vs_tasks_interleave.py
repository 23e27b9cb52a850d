# pyco: versions=all
import asyncio

async def task_body(name):
    print("task", name, "step 1")
    await asyncio.sleep(0)
    print("task", name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    asyncio.ensure_future(task_body("T"))
    loop.call_soon(print, "callback 1")
    asyncio.ensure_future(task_body("U"))
    loop.call_soon(print, "callback 2")
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
