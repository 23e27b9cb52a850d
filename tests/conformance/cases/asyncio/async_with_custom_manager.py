# pyco: versions=all
import asyncio

class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("opening", self.name)
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("closing", self.name, "exc:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

async def main():
    async with Session("db") as s:
        print("inside", s.name)
    async with Session("cache"):
        raise KeyError("swallowed")
    print("KeyError was suppressed")
    try:
        async with Session("net"):
            raise ValueError("escapes")
    except ValueError as e:
        print("ValueError escaped:", e)

asyncio.run(main())
