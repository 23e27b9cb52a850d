# V3: timers fire by deadline; zero and negative sleeps run first, in creation order.
import asyncio

async def nap(label, seconds):
    await asyncio.sleep(seconds)
    print("woke", label)

async def main():
    await asyncio.gather(
        nap("c 0.3", 0.3),
        nap("a 0.1", 0.1),
        nap("zero", 0),
        nap("b 0.2", 0.2),
        nap("minus", -1),
        nap("a2 0.1", 0.1),
    )

asyncio.run(main())
