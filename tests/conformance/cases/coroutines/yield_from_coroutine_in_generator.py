# pyco: versions=all
import types

async def native():
    return "native value"

def plain_gen():
    r = yield from native()
    return r

try:
    list(plain_gen())
except TypeError as e:
    print("TypeError:", e)

@types.coroutine
def decorated_gen():
    r = yield from native()
    return r

try:
    decorated_gen().send(None)
except StopIteration as e:
    print("types.coroutine generator can yield from a native coroutine:", e.value)
