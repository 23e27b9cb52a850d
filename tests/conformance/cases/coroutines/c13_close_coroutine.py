# pyco: versions=all
import types

@types.coroutine
def pause():
    yield

async def holder():
    try:
        await pause()
    finally:
        print("holder finally on close")

h = holder()
h.send(None)
h.close()
print("closed")
try:
    h.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
