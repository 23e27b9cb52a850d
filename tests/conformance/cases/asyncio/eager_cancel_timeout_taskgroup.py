# pyco: versions=3.12+
# Eager tasks and cancellation/timeouts: cancelling a task inside its own eager step, an eager
# task that awaits another task, wait_for and timeout() around eager children, and a failing
# eager child of a TaskGroup (the group aborts before the body goes on).
import asyncio

async def cancel_self_then_finish():
    asyncio.current_task().cancel("early")
    print("eager step goes on after cancel()")
    return "finished"

async def cancel_self_then_wait():
    asyncio.current_task().cancel("early")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("caught", repr(e))
        raise

async def waits_for(task):
    print("waits_for starts; target done:", task.done())
    r = await task
    print("waits_for got", r)
    return r

async def slow(n):
    await asyncio.sleep(n)
    return n

async def bad():
    raise KeyError("eager failure")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(cancel_self_then_finish())
    print("t done:", t.done(), "cancelled:", t.cancelled())
    try:
        print("t result:", await t)
    except asyncio.CancelledError as e:
        print("t raised", repr(e))
    t = asyncio.create_task(cancel_self_then_wait())
    print("t2 done:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("t2 cancelled", repr(e), t.cancelled())
    target = asyncio.create_task(slow(0.1))
    w = asyncio.create_task(waits_for(target))
    print("w done:", w.done())
    print("await w:", await w)
    try:
        await asyncio.wait_for(slow(1), 0.5)
    except TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.2):
            await asyncio.create_task(slow(1))
    except TimeoutError:
        print("timeout() fired")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(0.1))
            tg.create_task(bad())
            print("body continues after the failed eager child")
            await asyncio.sleep(0)
            print("not reached")
    except* KeyError as eg:
        print("group:", repr(eg.exceptions[0]))
    print("time", round(loop.time(), 2))

asyncio.run(main())
