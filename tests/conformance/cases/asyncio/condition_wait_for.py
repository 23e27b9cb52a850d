# pyco: versions=all
import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"level": 0}

    async def watcher():
        async with cond:
            result = await cond.wait_for(lambda: state["level"] >= 3)
            print("watcher satisfied at level", state["level"], "predicate result", result)

    async def raiser():
        for _ in range(4):
            await asyncio.sleep(0.1)
            async with cond:
                state["level"] += 1
                print("level", state["level"])
                cond.notify_all()

    await asyncio.gather(watcher(), raiser())

asyncio.run(main())
