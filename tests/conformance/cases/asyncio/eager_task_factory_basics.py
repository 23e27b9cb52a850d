# pyco: versions=3.12+
# asyncio.eager_task_factory: the first step runs inside create_task; names, all_tasks, gather;
# Task(eager_start=True) without loop= asks None.is_running() (CPython 3.12.1/3.13.0's C Task).
import asyncio

async def child(n, steps):
    t = asyncio.current_task()
    print("child", n, "start in", t.get_name() if t else None)
    for i in range(steps):
        await asyncio.sleep(0)
        print("child", n, "step", i)
    print("child", n, "end")
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    print("factory before", loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)
    print("factory is eager:", loop.get_task_factory() is asyncio.eager_task_factory)
    t0 = asyncio.create_task(child(0, 0))
    print("t0 created, done:", t0.done(), t0.result(), repr(t0))
    t1 = asyncio.create_task(child(1, 2), name="named")
    print("t1 created, done:", t1.done(), t1.get_name())
    print(repr(t1))
    t2 = asyncio.ensure_future(child(2, 1))
    print("all_tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("gather:", await asyncio.gather(child(3, 0), child(4, 1), t1, t2))
    loop.set_task_factory(None)
    t5 = asyncio.create_task(child(5, 0))
    print("t5 done:", t5.done())
    await t5
    print(repr(asyncio.Task(child(6, 0), eager_start=True)))

asyncio.run(main())
