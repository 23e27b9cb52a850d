# pyco: versions=all oracle=plain
# run_in_executor(executor, func, *args) takes no keyword arguments for func: use functools.partial.
import asyncio
import functools

def greet(name, punctuation="."):
    return f"hello {name}{punctuation}"

async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, greet, "ada", punctuation="!")
    except TypeError as e:
        print("TypeError:", e)
    print(await loop.run_in_executor(None, functools.partial(greet, "ada", punctuation="!")))
    print(await loop.run_in_executor(None, greet, "bob"))
    try:
        loop.run_in_executor(None)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.run_in_executor(None, greet, func=greet)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
