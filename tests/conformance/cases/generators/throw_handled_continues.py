# pyco: versions=all
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  recovered from", e)
            n = 100

r = resilient()
print(next(r), next(r))
print("throw returns next yield:", r.throw(ValueError("glitch")))
print(next(r))
try:
    r.throw(TypeError("fatal"))
except TypeError as e:
    print("unhandled throw propagates:", e)
print("then:", next(r, "exhausted"))
