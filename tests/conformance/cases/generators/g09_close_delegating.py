# pyco: versions=all
def leaf():
    try:
        yield "leaf value"
    finally:
        print("leaf finally")

def trunk():
    try:
        yield from leaf()
    finally:
        print("trunk finally")

t = trunk()
print(next(t))
print("gi_yieldfrom is a generator:", type(t.gi_yieldfrom).__name__)
t.close()
print("after close gi_yieldfrom:", t.gi_yieldfrom)
