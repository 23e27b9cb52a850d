# pyco: versions=3.9+ oracle=plain
# asyncio.to_thread runs the job in a copy of the caller's context; run_in_executor does not
# (the worker thread has a context of its own), and what a job sets stays in its copy.
import asyncio
import contextvars
import time

request_id = contextvars.ContextVar("request_id", default="none")


def job(delay):
    time.sleep(delay)
    seen = request_id.get()
    request_id.set("changed in the job")
    return seen


async def handle(rid, delay):
    request_id.set(rid)
    loop = asyncio.get_running_loop()
    a = await asyncio.to_thread(job, delay)
    b = await loop.run_in_executor(None, job, delay)
    print(rid, "| to_thread sees", a, "| run_in_executor sees", b, "| after:", request_id.get())


async def main():
    await asyncio.gather(handle("r1", 0.2), handle("r2", 0.5))


asyncio.run(main())
