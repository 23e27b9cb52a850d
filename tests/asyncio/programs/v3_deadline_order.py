# pyco: versions=all
# V3: timers fire by deadline; zero and negative sleeps are not timers and go first.
import asyncio

async def nap(label, d):
    await asyncio.sleep(d)
    print("woke", label)

async def main():
    await asyncio.gather(
        nap("0.30", 0.3), nap("0.10", 0.1), nap("0.20", 0.2), nap("0", 0),
        nap("-1", -1), nap("0.10 again", 0.1), nap("0.001", 0.001),
    )

asyncio.run(main())
