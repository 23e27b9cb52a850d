# pyco: versions=3.11+
# A done callback runs in the context current when it was added (add_done_callback copies it),
# not in the task's; call_soon inside the task runs in the task's.
import asyncio, contextvars

request = contextvars.ContextVar("request", default=None)

def on_done(task):
    print("callback sees", request.get(), "for", task.get_name())

async def handle(rid):
    request.set(rid)
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("call_soon sees", request.get()))
    await asyncio.sleep(0)
    return request.get()

async def main():
    tasks = []
    for rid in ["r1", "r2"]:
        t = asyncio.create_task(handle(rid), name=f"task-{rid}")
        t.add_done_callback(on_done)
        tasks.append(t)
    print(await asyncio.gather(*tasks))
    print("main sees", request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in-ctx")
    print(ctx.get(request), request.get(), list(ctx.keys()) == [request])
    t = asyncio.create_task(handle("r3"), context=ctx) if hasattr(asyncio.Task, "get_context") else None
    if t:
        print(await t, ctx.get(request))

asyncio.run(main())
