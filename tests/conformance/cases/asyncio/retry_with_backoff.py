# pyco: versions=all
import asyncio

attempts = 0

async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0.05)
    if attempts < 4:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"

async def with_retry(fn, tries):
    delay = 0.1
    loop = asyncio.get_running_loop()
    for i in range(tries):
        try:
            return await fn()
        except ConnectionError as e:
            print(f"{loop.time():.2f}s {e}; retrying in {delay}")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")

print(asyncio.run(with_retry(flaky, 5)), "after", attempts, "attempts")
