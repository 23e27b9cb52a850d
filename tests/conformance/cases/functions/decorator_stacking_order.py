def tag(name):
    def deco(fn):
        print("decorating", fn.__name__, "with", name)
        def w():
            return f"<{name}>{fn()}</{name}>"
        w.__name__ = fn.__name__
        return w
    return deco

@tag("b")
@tag("i")
def text():
    return "hi"

print(text())
