# pyco: versions=all
def gen():
    x = 10
    yield x
    x += 1
    yield x

g = gen()
print("frame before start:", g.gi_frame is not None, "lasti" , g.gi_frame.f_lineno)
next(g)
print("paused at line", g.gi_frame.f_lineno, "locals", g.gi_frame.f_locals)
next(g)
print("paused at line", g.gi_frame.f_lineno, "locals", g.gi_frame.f_locals)
list(g)
print("frame after finish:", g.gi_frame)
print(g.__name__, g.__qualname__, gen.__code__.co_name)
