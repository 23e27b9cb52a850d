# pyco: versions=all
# throw() hands its own arguments to a delegate's throw method (yield from a plain iterator).
class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

    def throw(self, *args):
        print("throw got", len(args), "args:", [a.__name__ if isinstance(a, type) else repr(a) for a in args])
        return "handled"

    def close(self):
        print("Echo.close")


def outer():
    yield from inner()


def inner():
    result = yield from Echo()
    return result


g = outer()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError("instance")))
print(g.throw(KeyError, "k"))
g.close()
