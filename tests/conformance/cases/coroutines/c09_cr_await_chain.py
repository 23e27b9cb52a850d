# pyco: versions=all
import types

@types.coroutine
def pause():
    yield "paused"

async def lower():
    await pause()

async def upper():
    await lower()

u = upper()
print("cr_await before start:", u.cr_await)
u.send(None)
print("upper awaits:", type(u.cr_await).__name__, u.cr_await.__name__)
print("lower awaits:", type(u.cr_await.cr_await).__name__)
print("cr_running:", u.cr_running)
try:
    u.send(None)
except StopIteration:
    print("finished; cr_await:", u.cr_await, "cr_frame:", u.cr_frame)
