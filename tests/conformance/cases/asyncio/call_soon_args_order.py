# pyco: versions=all
import asyncio

def report(*args):
    print("report", args)

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(report, 1, 2)
    loop.call_soon(report, "x")
    h2 = loop.call_soon(report, "cancelled one")
    h2.cancel()
    print("handle cancelled flags:", h.cancelled(), h2.cancelled())
    await asyncio.sleep(0)
    print("main after callbacks")

asyncio.run(main())
