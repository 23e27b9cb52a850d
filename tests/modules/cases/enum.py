# versions: 3.7 3.8 3.9 3.10 3.12 3.13
from enum import Enum, IntEnum, auto, Flag, IntFlag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f'{self.name}={self.value}'
class N(IntEnum):
    ONE = auto()
    TWO = auto()
class P(Flag):
    R = 4
    W = 2
    X = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(N.ONE, repr(N.TWO), N.ONE + 1, N.ONE == 1, f'{N.TWO}', f'{Color.RED}', str(N.ONE), format(Color.RED), Color.BLUE.describe())
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R|P.W), repr(P(0)), list(P))
for t in ['Color(5)', 'Color["X"]', 'setattr(Color, "RED", 5)', 'list(Color.__members__)', 'Color.RED < Color.BLUE', 'hash(Color.RED) == hash("RED")', 'Color.RED.value == 1', 'type(Color.RED)', 'Color', 'isinstance(N.ONE, int)', 'Enum("Animal", "CAT DOG")', 'list(Enum("Animal", "CAT DOG"))', 'Color.RED == 1', 'N.TWO == 2', '{Color.RED: 1}[Color.RED]', 'sorted([N.TWO, N.ONE])', 'isinstance(Color.RED, Color)']:
  try: print(t, '->', repr(eval(t)))
  except Exception as e: print(t, '!!', type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MERCURY.value)
class Status(Enum):
    PENDING = 'pending'
    DONE = 'done'
    @classmethod
    def _missing_(cls, value): return cls.PENDING
print(Status('x'), Status('done'), [s.value for s in Status])
