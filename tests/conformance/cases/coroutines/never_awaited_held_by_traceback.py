# pyco: versions=all
# The coroutine is an argument of the function that raised: the traceback (kept by
# sys.last_value) holds that frame, so the coroutine is reported only at shutdown.
async def fetch():
    return 1

def check(coro, limit):
    if limit < 0:
        raise ValueError("limit must be >= 0")
    return coro

check(fetch(), -1)
