# pyco: versions=all
# The refused coroutine is held by the RuntimeError's traceback: it is reported when the
# handler lets the exception go (on the handler's last line), not where asyncio.run() was called.
import asyncio

async def load():
    return 1

async def main():
    try:
        asyncio.run(load())
    except RuntimeError as e:
        print("refused:", e)
    print("still running")
    try:
        asyncio.run(load())
    except RuntimeError:
        print("x")
        print("y")
    print("main done")

asyncio.run(main())
print("end")
