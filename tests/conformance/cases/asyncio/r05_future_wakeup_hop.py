# R5: waiters of a future resume one loop iteration after set_result, in registration order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    gate = loop.create_future()

    async def listener(tag):
        value = await gate
        print("listener", tag, "received", value)

    async def opener():
        print("opener sets the result")
        gate.set_result(99)
        print("opener continues synchronously")
        await asyncio.sleep(0)
        print("opener after its own sleep(0)")

    tasks = [asyncio.create_task(listener(t)) for t in "PQR"]
    tasks.append(asyncio.create_task(opener()))
    await asyncio.gather(*tasks)
    print("gate:", gate.result())

asyncio.run(main())
