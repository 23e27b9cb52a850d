# pyco: versions=all
import asyncio

async def main():
    print(await asyncio.sleep(0.1, result="hello"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(0.2))
    values = await asyncio.gather(*(asyncio.sleep(i / 10, result=i * i) for i in range(5)))
    print(values)
    print("clock", round(asyncio.get_running_loop().time(), 2))

asyncio.run(main())
