# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    def cb():
        print("current_task() inside a callback:", asyncio.current_task())
        done.set_result(None)
    loop.call_soon(cb)
    await done
    print("inside main it is a task:", asyncio.current_task() is not None)

asyncio.run(main())
