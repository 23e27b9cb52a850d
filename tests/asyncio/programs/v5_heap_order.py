# pyco: versions=all
# V5: equal deadlines pop in heapq order, not FIFO (no tie-breaker).
import asyncio

async def ring(i):
    await asyncio.sleep(2)
    print("bell", i)

async def main(n):
    await asyncio.gather(*(ring(i) for i in range(1, n + 1)))
    print("---")

for n in (4, 5, 6, 9):
    asyncio.run(main(n))
