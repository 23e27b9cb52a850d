# pyco: versions=all
import types
@types.coroutine
def gen_based():
    x = yield "yielded"
    return x
async def native():
    return await gen_based()
n = native()
print(n.send(None))
try:
    n.send("sent back")
except StopIteration as e:
    print("returned", e.value)
print(type(gen_based()).__name__, bool(gen_based.__code__.co_flags & 0x100))
print(types.GeneratorType, types.CoroutineType, types.FunctionType.__name__)
