# pyco: versions=all
class Shape:
    def scale(self, factor):
        return factor * 2

print(Shape().scale(2, 3))
