# pyco: versions=all
# A coroutine held by an exception's traceback (an argument of the function that raised) is
# collected when the handler drops the exception; one whose exception is kept in a variable
# (a cycle through the traceback's frame) only at shutdown.
async def c():
    pass

def helper(coro):
    raise ValueError("bad")

def f():
    try:
        helper(c())
    except ValueError:
        print("handled")
    print("f done")

f()
try:
    try:
        helper(c())
    except ValueError:
        raise KeyError("k")
except KeyError:
    print("k")

def g():
    try:
        helper(c())
    except ValueError as e:
        kept = e
    print("g done")

g()
print("end")
