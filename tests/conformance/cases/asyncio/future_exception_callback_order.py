# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def report(tag):
        def cb(f):
            print(tag, "->", type(f.exception()).__name__)
        return cb

    for tag in ("first", "second", "third"):
        fut.add_done_callback(report(tag))

    async def awaiter():
        try:
            await fut
        except ZeroDivisionError:
            print("awaiter saw ZeroDivisionError")

    t = asyncio.ensure_future(awaiter())
    await asyncio.sleep(0)
    fut.set_exception(ZeroDivisionError())
    print("exception set")
    await t

asyncio.run(main())
