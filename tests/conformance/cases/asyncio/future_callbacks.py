# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    def removed(f):
        print("never")
    fut.add_done_callback(removed)
    print("removed count", fut.remove_done_callback(removed))
    print("before set:", fut.done())
    fut.set_result("value")
    print("after set:", fut.done(), "(callbacks not yet run)")
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("late callback still runs via call_soon"))
    print("late callback added")
    await asyncio.sleep(0)

asyncio.run(main())
