# pyco: versions=all
import asyncio
import types

@types.coroutine
def weird():
    yield "not a future"

async def main():
    try:
        await weird()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
