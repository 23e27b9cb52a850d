# pyco: versions=all
import asyncio

async def probe(tasks):
    me = asyncio.current_task()
    print("probe sees itself in list:", me in tasks)
    return me

async def main():
    main_task = asyncio.current_task()
    print("main task is a Task:", isinstance(main_task, asyncio.Task))
    holder = []
    t = asyncio.ensure_future(probe(holder))
    holder.append(t)
    got = await t
    print("probe returned its own task:", got is t)
    print("current task back to main:", asyncio.current_task() is main_task)

asyncio.run(main())
print("outside the loop there is no running loop:")
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
