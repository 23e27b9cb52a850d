# pyco: versions=3.8+
# A timestamped log of an asyncio program: asctime and msecs follow the clock, and the DEBUG
# level shows asyncio's own "Using selector" record.
import asyncio, logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s.%(msecs)03d %(name)-8s %(levelname)-5s %(message)s",
                    datefmt="%H:%M:%S")
log = logging.getLogger("poller")

async def poll(source, every, times):
    for n in range(times):
        await asyncio.sleep(every)
        log.info("%s tick %d", source, n)

async def main():
    await asyncio.gather(poll("A", 0.25, 3), poll("B", 0.4, 2))
    log.debug("relative ms: %d", logging.getLogger().handlers[0].formatter is not None)

asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.WARNING)
asyncio.run(poll("C", 1.5, 1))
