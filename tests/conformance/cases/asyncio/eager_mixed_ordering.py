# pyco: versions=3.12+
# Eager tasks mixed with lazy ones: who runs when, exceptions and cancellation in the eager step.
import asyncio

log = []

async def quick(name):
    print("quick", name, "runs in", asyncio.current_task().get_name())
    return name

async def yielder(name, n):
    print("yielder", name, "start")
    for i in range(n):
        await asyncio.sleep(0)
        print("yielder", name, "after sleep(0)", i)
    return name

async def failer(name):
    print("failer", name, "raises")
    raise ValueError(name)

async def late_failer(name):
    await asyncio.sleep(0)
    print("late failer", name, "raises")
    raise KeyError(name)

async def sleeper(name):
    try:
        print("sleeper", name, "sleeps")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper", name, "cancelled")
        raise

async def self_cancel():
    asyncio.current_task().cancel()
    print("self_cancel requested; still running")
    await asyncio.sleep(0)
    print("not reached")

async def main():
    loop = asyncio.get_running_loop()
    lazy = asyncio.create_task(yielder("lazy", 2))
    loop.set_task_factory(asyncio.eager_task_factory)
    print("-- eager tasks")
    e1 = asyncio.create_task(yielder("eager", 2))
    e2 = asyncio.create_task(quick("q"))
    print("e2 done at once:", e2.done(), e2.result())
    f = asyncio.create_task(failer("f"))
    print("failer done at once:", f.done(), repr(f.exception()))
    print("main sleeps 0")
    await asyncio.sleep(0)
    print("main back")
    print(await asyncio.gather(e1, lazy, e2))
    print("-- gather of coroutines (tasks made by the factory)")
    res = await asyncio.gather(quick("g1"), yielder("g2", 1), late_failer("g3"), failer("g4"), return_exceptions=True)
    print(res)
    print("-- cancellation")
    s = asyncio.create_task(sleeper("s"))
    print("sleeper pending:", not s.done())
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("s cancelled:", s.cancelled())
    c = asyncio.create_task(self_cancel())
    print("self_cancel task done:", c.done())
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled:", c.cancelled())
    print("-- current_task after eager steps:", asyncio.current_task().get_name())
    print("-- nested eager creation")
    async def outer():
        print("outer start in", asyncio.current_task().get_name())
        t = asyncio.create_task(quick("inner"))
        print("outer sees inner done:", t.done(), "current:", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        return "outer"
    print(await asyncio.create_task(outer()))
    print("-- TaskGroup with the factory")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quick("tg-a"))
        b = tg.create_task(yielder("tg-b", 1))
        print("tg a done:", a.done(), "b done:", b.done())
    print(a.result(), b.result())

asyncio.run(main())
