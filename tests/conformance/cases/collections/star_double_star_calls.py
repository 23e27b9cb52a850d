def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)

nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
show(*nums, *"ab", **opts, extra=True)
print(*nums, **opts)
print()
merged = [*nums, *range(2), *"xy"]
print(merged, {*nums, 9} == {1, 2, 3, 9}, {**{"a": 1}, **{"a": 2, "b": 3}})
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2], **{"c": 3}), f(**dict(c=1, b=2, a=3)))
try:
    f(*[1, 2], **{"b": 3})
except TypeError as e:
    print("TypeError:", e)
