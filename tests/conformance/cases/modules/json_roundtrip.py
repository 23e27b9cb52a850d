import json
data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "pi": 3.14, "ok": True, "none": None, "nested": {"k": [1, {"x": 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data["nested"], indent=2))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é\n\"q\""), json.dumps((1, 2)))
back = json.loads(s)
print(back == data, back["name"], type(back["tags"]).__name__)
print(json.loads('{"a": 1.0, "b": 1e3, "c": [true, false, null]}'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", "s": float("inf")}))
