# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    base = loop.time()
    def say(msg):
        print(round(loop.time() - base, 2), msg)
        if msg == "last":
            done.set_result(None)
    loop.call_at(base + 0.7, say, "last")
    loop.call_at(base + 0.2, say, "second")
    loop.call_at(base + 0.1, say, "first")
    loop.call_at(base - 5, say, "in the past")
    await done

asyncio.run(main())
