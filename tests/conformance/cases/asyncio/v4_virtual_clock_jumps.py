# V4: time advances only when the loop has nothing ready; time.sleep blocks the loop.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print("start", round(loop.time() - t0, 3), round(time.monotonic(), 3))
    await asyncio.sleep(1.5)
    print("after sleep 1.5:", round(loop.time() - t0, 3))
    time.sleep(0.25)
    print("after time.sleep 0.25:", round(loop.time() - t0, 3))
    for i in range(1000):
        pass
    print("busy loop costs no virtual time:", round(loop.time() - t0, 3))
    await asyncio.sleep(0)
    print("sleep(0) costs none either:", round(loop.time() - t0, 3))
    print("perf_counter agrees:", round(time.perf_counter(), 3))

asyncio.run(main())
