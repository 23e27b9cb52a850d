import functools
@functools.total_ordering
class Size:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Size(1) <= Size(2), Size(3) >= Size(2), Size(2) > Size(2))
print(functools.reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]))
p = functools.partial(int, base=2)
print(p("1010"), p("111"), p.args, p.keywords)
@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(3), show([1, 2]), show("s"))
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: -1 if a.lower() < b.lower() else 1)))
