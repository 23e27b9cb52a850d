d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d.items()))
del d["delta"]; d["delta"] = 9
print(list(d.keys()))
keys = d.keys()
d["echo"] = 1
print(keys, len(keys), "echo" in keys)
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
