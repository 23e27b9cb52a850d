class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    def __repr__(self):
        return f"Pizza({self.toppings!r})"

class Calzone(Pizza):
    pass

print(Pizza.margherita(), Calzone.margherita(), type(Calzone.margherita()).__name__)
print(Pizza.area(10), Pizza([]).area(1), Pizza.count)
