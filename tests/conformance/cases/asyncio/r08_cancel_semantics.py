# R8: cancelling before the first step, and cancelling a sleeping task with a message.
import asyncio

async def untouched():
    print("this line never runs")

async def napper():
    try:
        print("napper dozes")
        await asyncio.sleep(50)
    except asyncio.CancelledError as err:
        print("napper interrupted, args =", err.args)
        raise
    finally:
        print("napper cleanup")

async def main():
    t = asyncio.create_task(untouched())
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("early task cancelled:", t.cancelled())
    t2 = asyncio.create_task(napper())
    await asyncio.sleep(0)
    print("cancel('wake up') ->", t2.cancel("wake up"))
    print("cancelled() immediately:", t2.cancelled(), "done():", t2.done())
    try:
        await t2
    except asyncio.CancelledError as err:
        print("main got", repr(err))
    print("final state:", t2.cancelled(), t2.done())

asyncio.run(main())
