from dataclasses import dataclass, field, asdict, astuple, replace

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

i = Item("pen", 1.5, 4)
print(i, i.total, asdict(i), astuple(i))
print(Item("pen", 1.5, 4) == i, replace(i, qty=1))
print(sorted([Version(2, 1), Version(1, 9), Version(2)]), Version(1) < Version(1, 1))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__ + ":", e)
print(hash(Version(1, 2)) == hash(Version(1, 2)))
