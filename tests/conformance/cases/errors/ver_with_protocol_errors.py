# pyco: versions=all
import asyncio
class A:
    def __enter__(self): return 1
class B:
    async def __aenter__(self): return 1
for src in ["with object(): pass", "with A(): pass"]:
    try: exec(src)
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
async def main():
    for m in (object(), B()):
        try:
            async with m: pass
        except (TypeError, AttributeError) as e: print(type(e).__name__, e)
asyncio.run(main())
