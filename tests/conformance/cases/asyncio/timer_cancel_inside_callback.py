# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    h2 = None
    def first():
        log.append("first")
        h2.cancel()
    h1 = loop.call_later(0.1, first)
    h2 = loop.call_later(0.1, log.append, "second")
    h3 = loop.call_later(0.1, log.append, "third")
    await asyncio.sleep(0.2)
    print(log, h1.cancelled(), h2.cancelled(), h3.cancelled())

asyncio.run(main())
