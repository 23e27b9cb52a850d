def make_pair():
    value = 0
    def get():
        return value
    def bump(step=1):
        nonlocal value
        value += step
        return value
    return get, bump

get, bump = make_pair()
print(get(), bump(), bump(5), get())
print(get.__code__.co_freevars, bump.__code__.co_freevars, make_pair.__code__.co_cellvars)
print(get.__closure__[0] is bump.__closure__[0])
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
