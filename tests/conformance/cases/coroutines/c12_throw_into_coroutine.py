# pyco: versions=all
import types

@types.coroutine
def pause():
    yield "suspended"

async def careful():
    try:
        await pause()
    except ValueError as e:
        print("careful caught", e)
        return "recovered"

c = careful()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("result", e.value)
