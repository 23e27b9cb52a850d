# pyco: versions=all
# `with await lock:` (3.7/3.8: deprecated, works; 3.9+: TypeError) and `with (yield from lock):`
# in a @types.coroutine generator, then `with lock:` without either (an error in every version).
import asyncio
import types
import warnings
warnings.simplefilter("always")

@types.coroutine
def gen_style(lock):
    with (yield from lock):
        print("gen_style holds the lock:", lock.locked())

async def main():
    lock = asyncio.Lock()
    try:
        with await lock:
            print("inside with await lock; locked =", lock.locked())
        print("after; locked =", lock.locked())
    except Exception as e:
        print(type(e).__name__, e)
    sem = asyncio.Semaphore(1)
    try:
        with await sem:
            print("inside with await sem; locked =", sem.locked())
        print("after; locked =", sem.locked())
    except Exception as e:
        print(type(e).__name__, e)
    cond = asyncio.Condition()
    try:
        with await cond:
            print("inside with await cond; locked =", cond.locked())
        print("after; locked =", cond.locked())
    except Exception as e:
        print(type(e).__name__, e)
    try:
        await gen_style(lock)
        print("after gen_style; locked =", lock.locked())
    except Exception as e:
        print(type(e).__name__, e)
    try:
        with lock:
            print("plain with")
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
