# pyco: versions=all
async def bad(x):
    return await x

for thing in (5, "text", [1], None):
    c = bad(thing)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)
