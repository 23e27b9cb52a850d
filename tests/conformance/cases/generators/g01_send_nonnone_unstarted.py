# pyco: versions=all
def echo():
    print("echo body entered")
    received = yield "ready"
    print("echo received", received)
    yield received

gen = echo()
try:
    gen.send("too early")
except TypeError as e:
    print("TypeError:", e)
print("send(None) primes it:", gen.send(None))
print("then send works:", gen.send("hello"))
g2 = echo()
print("next() is send(None):", next(g2))
