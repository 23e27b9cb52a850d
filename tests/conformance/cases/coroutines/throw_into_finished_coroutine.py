# pyco: versions=all
async def f(): return 1
c = f()
try: c.send(None)
except StopIteration: pass
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
try:
    c.throw(GeneratorExit)
except BaseException as e:
    print(repr(e), repr(e.__context__))
def g(): yield
gg = g(); list(gg)
try: gg.throw(ValueError("y"))
except ValueError as e: print(repr(e))
