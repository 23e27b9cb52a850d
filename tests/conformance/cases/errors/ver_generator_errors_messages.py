# pyco: versions=all
def g():
    yield 1
gen = g()
for action in ("send", "throw_str", "next_closed"):
    try:
        if action == "send":
            gen.send(5)
        elif action == "throw_str":
            gen.throw("not an exception")
        else:
            gen.close()
            next(gen)
    except Exception as e:
        print(action, type(e).__name__ + ":", e)
