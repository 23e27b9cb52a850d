# pyco: versions=all
def g():
    yield 1
gen = g()
print(hasattr(gen, "gi_suspended"))
next(gen)
print(getattr(gen, "gi_suspended", "n/a"), gen.gi_running, gen.gi_frame is not None)
gen.close()
print(getattr(gen, "gi_suspended", "n/a"), gen.gi_frame)
