# pyco: versions=all
# Task/Future/loop methods that CPython added or removed between 3.7 and 3.13.
import asyncio

async def work():
    await asyncio.sleep(0.1)
    return "done"

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(work())
    fut = loop.create_future()
    checks = [
        ("Task.get_name (3.8)", task, "get_name"),
        ("Task.set_name (3.8)", task, "set_name"),
        ("Task.get_coro (3.8)", task, "get_coro"),
        ("Task.cancelling (3.11)", task, "cancelling"),
        ("Task.uncancel (3.11)", task, "uncancel"),
        ("Task.get_context (3.12)", task, "get_context"),
        ("Task.all_tasks (until 3.8)", asyncio.Task, "all_tasks"),
        ("Task.current_task (until 3.8)", asyncio.Task, "current_task"),
        ("Future._make_cancelled_error (3.9)", fut, "_make_cancelled_error"),
        ("loop.shutdown_default_executor (3.9)", loop, "shutdown_default_executor"),
    ]
    for label, obj, name in checks:
        print(f"{label:40} {hasattr(obj, name)}")
    print(f"{'Future[int] (3.9)':40} {'__class_getitem__' in vars(asyncio.Future)}")
    for name in ["to_thread", "timeout", "timeout_at", "Timeout", "TaskGroup", "Runner", "Barrier",
                 "BrokenBarrierError", "QueueShutDown", "EventLoop", "coroutine", "Server"]:
        print(f"asyncio.{name:34} {hasattr(asyncio, name)}")
    try:
        print("name:", task.get_name())
    except AttributeError as e:
        print("AttributeError:", e)
    fut.cancel()
    print(await task)

asyncio.run(main())
