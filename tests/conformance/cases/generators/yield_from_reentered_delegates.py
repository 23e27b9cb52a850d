# pyco: versions=all
# A generator re-enters the same `yield from` with a new delegate after the old one failed to
# resume ("already executing"), then delegates to a list and to generators, resumed from a
# compiled loop and by hand, so each value must come from the current delegate. Run 40 times so
# the generators' code is compiled (segments) after the first rounds.
def worker(name, n):
    for i in range(n):
        got = yield f"{name}{i}"
        if got is not None:
            log("  worker", name, "got", got)

def outer(delegates):
    for d in delegates:
        try:
            result = yield from d
            log("  delegate done:", result)
        except ValueError as e:
            log("  caught:", e)

log = None

def scenario():
    global busy, o
    busy = None

    def hijack():
        # Runs inside `busy`'s resumption: advancing `o` makes o's SEND hit the running `busy`.
        yield "h0"
        log("  inner next(o):", next(o))
        yield "h1"

    busy = hijack()
    o = outer([busy, ["list-a", "list-b"], worker("w", 3), worker("v", 2)])
    log(next(o))
    try:
        log(next(busy))
    except ValueError as e:
        log("outer error:", e)
    for k, v in enumerate(o):
        log("for:", v)
        if k == 2:
            log("send:", o.send("hello"))
    o2 = outer([worker("x", 2), worker("y", 2)])
    log([v for v in o2])

rounds = []
for r in range(40):
    lines = []
    log = lambda *a: lines.append(" ".join(map(str, a)))
    scenario()
    rounds.append(lines)
print("\n".join(rounds[0]))
print("all rounds equal:", all(x == rounds[0] for x in rounds))
