# pyco: versions=all
import asyncio

async def fill(slot):
    await asyncio.sleep(1)
    slot.set_result('The slot is filled!')

if __name__ == '__main__':
    loop = asyncio.get_event_loop()
    slot = asyncio.Future()
    asyncio.ensure_future(fill(slot))
    print(loop.is_running())
    loop.run_until_complete(slot)
    print(slot.result())
    loop.close()
