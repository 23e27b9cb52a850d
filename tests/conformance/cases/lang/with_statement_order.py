class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

with Tracker("a") as x, Tracker("b") as y:
    print("body", x, y)
try:
    with Tracker("c"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated:", e)
