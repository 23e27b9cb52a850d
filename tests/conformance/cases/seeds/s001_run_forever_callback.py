# pyco: versions=all
import asyncio

async def fill(slot):
    await asyncio.sleep(1)
    slot.set_result('The slot is filled!')

def on_filled(slot):
    print(slot.result())
    loop.stop()

if __name__ == '__main__':
    loop = asyncio.get_event_loop()
    slot = asyncio.Future()
    asyncio.ensure_future(fill(slot))
    slot.add_done_callback(on_filled)
    try:
        loop.run_forever()
    finally:
        loop.close()
