# pyco: versions=all
import asyncio

def handler(loop, context):
    print("handler got:", context["message"], "|", repr(context.get("exception")))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.1)
    print("still running")

asyncio.run(main())
