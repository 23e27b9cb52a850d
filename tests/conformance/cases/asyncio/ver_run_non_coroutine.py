# pyco: versions=all
import asyncio
try:
    asyncio.run(42)
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
