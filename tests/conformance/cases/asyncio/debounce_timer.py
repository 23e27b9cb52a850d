# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    pending = {"handle": None}
    fired = []

    def fire(v):
        fired.append((v, round(loop.time(), 2)))

    def keystroke(v):
        if pending["handle"]:
            pending["handle"].cancel()
        pending["handle"] = loop.call_later(0.3, fire, v)

    for i, gap in enumerate([0, 0.1, 0.1, 0.5, 0.1, 0.4]):
        await asyncio.sleep(gap)
        keystroke(i)
    await asyncio.sleep(1)
    print(fired)

asyncio.run(main())
