# pyco: versions=all
# wait_for(coro, 0) cancels the task before its first step: the coroutine never runs, so a
# `try:` that begins its body does not see the CancelledError (it is raised before the body).
import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow saw the cancellation")
        raise

async def started_then_cancelled():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("started task saw the cancellation")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except asyncio.TimeoutError:
        print("zero timeout")
    t = asyncio.ensure_future(slow())
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled before start:", t.cancelled())
    t2 = asyncio.ensure_future(started_then_cancelled())
    try:
        await asyncio.wait_for(t2, 0.5)
    except asyncio.TimeoutError:
        print("timeout after start:", t2.cancelled())
    c = slow()
    try:
        c.throw(ValueError("into an unstarted coroutine"))
    except ValueError as e:
        print("propagated:", e)

asyncio.run(main())
