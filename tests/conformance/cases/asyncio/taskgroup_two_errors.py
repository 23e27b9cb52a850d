# pyco: versions=3.11+
import asyncio

async def boom(kind, d):
    await asyncio.sleep(d)
    raise kind(f"{kind.__name__} after {d}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(KeyError, 0.1))
            tg.create_task(boom(TypeError, 0.1))
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError part:", [repr(e) for e in eg.exceptions])

asyncio.run(main())
