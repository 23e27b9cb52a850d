# pyco: versions=3.12+
import asyncio, logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(taskName)s | %(levelname)s | %(message)s")
async def worker(n):
    logging.info("working %s", n)
    await asyncio.sleep(0)
    logging.debug("done %s", n)
async def main():
    logging.info("main starts")
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            tg.create_task(worker(i), name=f"worker-{i}")
logging.info("outside")
asyncio.run(main())
