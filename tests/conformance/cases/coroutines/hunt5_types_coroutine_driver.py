# pyco: versions=all
import types, asyncio, inspect

@types.coroutine
def switch():
    yield

@types.coroutine
def gen_sleep(n):
    got = yield ('sleep', n)
    return got

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    r = await gen_sleep(n)
    return f"{name} done {r}"

def run(coros):
    coros = list(coros)
    results = {}
    while coros:
        c = coros.pop(0)
        try:
            v = c.send(None)
            if v is not None:
                print("yielded", v)
            coros.append(c)
        except StopIteration as e:
            results[c.__name__] = e.value
    return results

print(run([worker('a', 2), worker('b', 3)]))
print(inspect.iscoroutinefunction(switch), inspect.isgeneratorfunction(switch))
print(asyncio.iscoroutinefunction(worker), inspect.isawaitable(switch()))
c = worker('z', 0)
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print('stop', e.value)
print(inspect.getcoroutinestate(c))
