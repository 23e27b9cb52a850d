# pyco: versions=all
async def co():
    return 1

c = co()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in c:
        pass
except TypeError as e:
    print("TypeError:", e)
print("has __await__:", hasattr(c, "__await__"), "has __next__:", hasattr(c, "__next__"))
c.close()
