# pyco: versions=all
# wait()'s argument checks raise in tasks.py's frame.
import asyncio
import traceback

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    for fs, when in ((fut, asyncio.ALL_COMPLETED), ([], asyncio.ALL_COMPLETED), ([fut], "sometimes")):
        try:
            await asyncio.wait(fs, return_when=when)
        except (TypeError, ValueError):
            traceback.print_exc()

asyncio.run(main())
