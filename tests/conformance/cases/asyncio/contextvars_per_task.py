# pyco: versions=all
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handler(rid):
    request_id.set(rid)
    await asyncio.sleep(0.1 * (3 - len(rid)))
    print("handler", rid, "sees", request_id.get())

async def main():
    request_id.set("main")
    await asyncio.gather(handler("a"), handler("bb"), handler("ccc"))
    print("main still sees", request_id.get())

asyncio.run(main())
