# pyco: versions=3.7,3.10
# Calling a Task method that the version does not have: the uncaught AttributeError.
import asyncio

async def main():
    task = asyncio.current_task()
    if hasattr(task, "get_name"):
        print("this version has get_name:", task.get_name())
    print("cancelling:", task.cancelling())

asyncio.run(main())
