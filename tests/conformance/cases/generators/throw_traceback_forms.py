# pyco: versions=all
def g():
    try:
        yield
    except Exception as e:
        print("got", type(e).__name__, e.args)
        yield "handled"

x = g(); next(x)
print(x.throw(ValueError("instance")))
y = g(); next(y)
print(y.throw(KeyError))
