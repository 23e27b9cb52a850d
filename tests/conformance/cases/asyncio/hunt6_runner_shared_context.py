# pyco: versions=3.11+
# asyncio.Runner runs every run() in one context (copied when the runner starts), so a value
# a coroutine sets is seen by the next run; run(coro, context=ctx) uses ctx instead.
import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="unset")

async def handle(n):
    await asyncio.sleep(0.1 * n)
    print(f"run {n}: sees {request_id.get()!r} at t={asyncio.get_running_loop().time():.1f}")
    request_id.set(f"req-{n}")
    return n * 2

with asyncio.Runner() as runner:
    print(runner.run(handle(1)))
    print(runner.run(handle(2)))
    print("outside the runner:", request_id.get())

ctx = contextvars.copy_context()
with asyncio.Runner() as runner:
    runner.run(handle(3), context=ctx)
    runner.run(handle(4))
print("ctx has", ctx[request_id], "| main context has", request_id.get())
try:
    runner.run(handle(5))
except RuntimeError as e:
    print("RuntimeError:", e)
