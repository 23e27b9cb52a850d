class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Repeater:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for it in self.items:
            yield it
            yield it
print(list(Repeater("ab")), list(Repeater("ab")))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
