# pyco: versions=3.10,3.11,3.13
import asyncio
print("has asyncio.coroutine:", hasattr(asyncio, "coroutine"))
try:
    @asyncio.coroutine
    def old():
        yield
except AttributeError as e:
    print("AttributeError:", e)
