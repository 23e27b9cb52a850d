Point = type("Point", (), {"x": 0, "describe": lambda self: f"point x={self.x}"})
p = Point()
p.x = 5
print(p.describe(), type(p).__name__, type(Point).__name__, type(type))
print(type(3), type("s"), type([]), type(None), type(len), type(lambda: 0).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
class Thing(metaclass=Meta):
    pass
print(Thing.created_by, type(Thing).__name__)
