# pyco: versions=all
# Coroutine origin tracking: asyncio's debug mode records where each coroutine was created
# (its innermost 10 frames), and the never-awaited warning lists them; sys.set_coroutine_origin_tracking_depth
# does it by hand (cr_origin); deleting the last reference to an unstarted coroutine warns on
# that line, even when another function created it.
import asyncio
import sys


async def never():
    return 1


def make():
    return never()


async def main():
    make()
    await asyncio.sleep(0)
    print("depth while debugging", sys.get_coroutine_origin_tracking_depth())


def run_debug():
    asyncio.run(main(), debug=True)


def top():
    run_debug()


top()
print("depth after", sys.get_coroutine_origin_tracking_depth())
c = make()
del c
sys.set_coroutine_origin_tracking_depth(2)
c = make()
print([(name, line) for _, line, name in c.cr_origin])
del c
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
print("end")
