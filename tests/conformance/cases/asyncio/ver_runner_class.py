# pyco: versions=3.11+
import asyncio

async def step(n):
    await asyncio.sleep(0.5)
    return n * 2

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print("loop time", loop.time())
print("loop closed after with:", loop.is_closed())
