import inspect
def regular():
    return [1, 2]
def generator():
    yield 1
    yield 2
def hidden_generator():
    if False:
        yield
    return "never seen by a plain call"
print(type(regular()).__name__, type(generator()).__name__, type(hidden_generator()).__name__)
print(inspect.isgeneratorfunction(generator), inspect.isgeneratorfunction(regular))
print(list(hidden_generator()))
g = hidden_generator()
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
