# pyco: versions=3.10+
import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    me = asyncio.current_task()
    print(me)
    t1 = asyncio.create_task(child(1), name='c1')
    t2 = asyncio.create_task(child(2), name='c2')
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    print(t1)
    print(t2)
    print(g)
    await g
    print(t1)
    t3 = asyncio.create_task(child(1), name='c3')
    w = asyncio.create_task(asyncio.wait([t3]), name='waiter')
    await asyncio.sleep(0)
    print(t3)
    await w
    t5 = asyncio.create_task(child(1), name='c5')
    s = asyncio.shield(t5)
    await asyncio.sleep(0)
    print(t5)
    print(s)
    await s
    print(asyncio.all_tasks())
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(print)
    def cb(f): pass
    fut.add_done_callback(cb)
    print(fut)
    fut.set_result(1)
    await asyncio.sleep(0)

asyncio.run(main())
