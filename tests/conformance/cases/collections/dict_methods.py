d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "missing"), d.popitem(), d)
d.update({"a": 10, "e": 5}, f=6); print(d)
print("a" in d, 10 in d, dict.fromkeys("xyz", 0))
e = d.copy(); e.clear(); print(d, e)
try:
    d["nope"]
except KeyError as err:
    print("KeyError:", err)
print({**d, "g": 7}, d | {"h": 8})
