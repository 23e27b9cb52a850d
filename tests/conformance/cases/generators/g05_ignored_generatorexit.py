# pyco: versions=all
def obstinate():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("caught GeneratorExit, yielding anyway")
            yield "refuse"

o = obstinate()
print(next(o))
try:
    o.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def converts():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("converted during close")

c = converts()
next(c)
try:
    c.close()
except ValueError as e:
    print("close propagates:", e)
