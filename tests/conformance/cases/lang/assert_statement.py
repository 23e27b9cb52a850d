def check(v):
    assert v > 0, f"value must be positive, got {v}"
    return v * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
