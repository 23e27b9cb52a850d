# pyco: versions=all
def holder(name):
    try:
        yield name
    finally:
        print("closing", name)

g = holder("one")
next(g)
g.close()
print("explicit close done")
gens = [holder(n) for n in ("a", "b")]
for x in gens:
    next(x)
for x in reversed(gens):
    x.close()
print("end of program")
