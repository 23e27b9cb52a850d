# pyco: versions=all
# call_soon/call_later/call_at/call_soon_threadsafe(..., context=ctx) run the callback in ctx.
import asyncio, contextvars

var = contextvars.ContextVar("var", default="default")

def show(tag):
    print(tag, var.get())

async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    var.set("changed")
    loop.call_soon(show, "soon plain")
    loop.call_soon(show, "soon ctx", context=ctx)
    loop.call_later(0.1, show, "later ctx", context=ctx)
    loop.call_at(loop.time() + 0.2, show, "at ctx", context=ctx)
    loop.call_soon_threadsafe(show, "threadsafe ctx", context=ctx)
    other = contextvars.Context()
    other.run(var.set, "in other")
    loop.call_soon(show, "other", context=other)
    await asyncio.sleep(0.3)
    try:
        loop.call_soon(show, "x", ctx=ctx)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
