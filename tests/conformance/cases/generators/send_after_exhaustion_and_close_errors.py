# pyco: versions=all
def once():
    v = yield "only"
    print("  got", v)

g = once()
print(next(g))
try:
    g.send("value")
except StopIteration:
    print("StopIteration after the last yield")
for op in ("next", "send", "close", "throw"):
    try:
        if op == "next":
            next(g)
        elif op == "send":
            g.send(1)
        elif op == "close":
            print("close returns", g.close())
        else:
            g.throw(ValueError("late"))
    except StopIteration:
        print(op, "-> StopIteration")
    except ValueError as e:
        print(op, "-> ValueError", e)
