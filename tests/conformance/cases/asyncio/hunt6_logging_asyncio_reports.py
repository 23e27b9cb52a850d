# pyco: versions=all
# asyncio logs through the 'asyncio' logger: the configured format applies to its reports.
import asyncio, logging, sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(levelname)s %(name)s %(funcName)s: %(message)s")
log = logging.getLogger("svc")

async def fetch(i):
    log.info("fetch %d start", i)
    await asyncio.sleep(0.1 * i)
    if i == 2:
        raise ConnectionError(f"host {i} down")
    log.info("fetch %d done", i)
    return i

def bad_callback():
    raise RuntimeError("callback exploded")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3), return_exceptions=True)
    log.info("results: %r", results)
    slow = asyncio.create_task(fetch(2))
    await asyncio.sleep(0.5)
    log.warning("main finishing, the failed task is never awaited")

asyncio.run(main())
log.info("bye")
