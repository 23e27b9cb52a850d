from typing import NamedTuple
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
    def promote(self):
        return self._replace(level=self.level + 1)
e = Employee("Kim")
print(e, e.promote(), e._fields, e._field_defaults)
print(tuple(e), e[0], len(e))
