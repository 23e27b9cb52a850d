# pyco: versions=3.11+
def step():
    try:
        raise ValueError("first")
    finally:
        print("finally runs, then raises its own error")
        raise KeyError("second")
step()
