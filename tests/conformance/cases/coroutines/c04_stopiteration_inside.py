# pyco: versions=all
async def raiser():
    raise StopIteration("inside coroutine")

c = raiser()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
