# pyco: versions=all
# Suspended generators still referenced when the program ends are closed at interpreter
# shutdown: the globals first, then what lists (last item first) and dicts hold, then closures.
def worker(name):
    try:
        yield name
        yield name
    finally:
        print("finally", name)


def make_closure():
    g = worker("closure")
    next(g)
    def inner():
        return g
    return inner


a = worker("a")
next(a)
pool = [worker("p0"), worker("p1"), worker("p2")]
for w in pool:
    next(w)
table = {"x": worker("tx"), "y": worker("ty")}
for w in table.values():
    next(w)
fn = make_closure()
b = worker("b")
next(b)
unstarted = worker("never-started")
finished = worker("finished")
list(finished)
print("end of program")
