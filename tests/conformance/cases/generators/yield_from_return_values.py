# pyco: versions=all
def collect(n):
    items = []
    for i in range(n):
        v = yield f"need item {i}"
        items.append(v)
    return items

def batches():
    results = []
    for size in (2, 3):
        got = yield from collect(size)
        print("batch complete:", got)
        results.append(got)
    return results

b = batches()
print(next(b))
for word in ["a", "b", "c", "d", "e"]:
    try:
        print(b.send(word))
    except StopIteration as e:
        print("all batches:", e.value)
