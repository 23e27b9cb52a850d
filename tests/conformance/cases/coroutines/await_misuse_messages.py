# pyco: versions=all
async def f():
    return 1

async def main():
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    try:
        await 5
    except TypeError as e:
        print(e)
    try:
        await [1, 2]
    except TypeError as e:
        print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    class Bad:
        def __await__(self):
            return 42
    try:
        await Bad()
    except TypeError as e:
        print(e)
    class NoNext:
        def __aiter__(self):
            return self
    try:
        async for x in NoNext():
            pass
    except TypeError as e:
        print(e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 3
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print(e)

m = main()
try:
    m.send(None)
except StopIteration:
    print("end")
try:
    for x in f():
        pass
except TypeError as e:
    print(e)
try:
    list(f())
except TypeError as e:
    print(e)
try:
    next(f())
except TypeError as e:
    print(e)
