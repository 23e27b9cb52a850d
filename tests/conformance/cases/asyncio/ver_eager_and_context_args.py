# pyco: versions=all
# eager_task_factory and Task(eager_start=...) exist from 3.12; create_task(context=...) from 3.11.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def job(label):
    print(label, "runs; var =", var.get())
    return label

async def main():
    print("eager_task_factory:", hasattr(asyncio, "eager_task_factory"),
          "create_eager_task_factory:", hasattr(asyncio, "create_eager_task_factory"))
    loop = asyncio.get_running_loop()
    coro = job("eager_start")
    try:
        t = asyncio.Task(coro, loop=loop, eager_start=True)
        print("created; done =", t.done())
        await t
    except TypeError as e:
        print("TypeError:", e)
        coro.close()
    ctx = contextvars.copy_context()
    ctx.run(var.set, "ctx value")
    coro = job("context")
    try:
        t = asyncio.create_task(coro, context=ctx)
    except TypeError as e:
        print("TypeError:", e)
        coro.close()
    else:
        await t
    coro = job("loop.create_task context")
    try:
        t = loop.create_task(coro, context=ctx)
    except TypeError as e:
        print("TypeError:", e)
        coro.close()
    else:
        await t

asyncio.run(main())
