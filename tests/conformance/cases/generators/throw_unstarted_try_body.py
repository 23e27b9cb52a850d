# pyco: versions=all
# throw() into a just-created generator raises before the first instruction: the handlers of a
# `try:` that begins the body do not apply, and the traceback shows the `def` line.
def gen():
    try:
        yield 1
    except ValueError:
        print("handler ran")
        yield "caught"
    finally:
        print("finally ran")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print(next(g, "exhausted"))

started = gen()
print(next(started))
print(started.throw(ValueError("late")))
started.close()

def echo():
    try:
        while True:
            x = yield
            print("got", x)
    except GeneratorExit:
        print("closing")
        raise

e = echo()
e.close()
print("closed unstarted without running the body")
g2 = gen()
g2.throw(KeyError("uncaught"))
