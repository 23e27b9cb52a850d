# versions: 3.8 3.13
from fractions import Fraction
f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), repr(f))
print(Fraction("0.125"), Fraction(1, 3) * 3, Fraction(5, 10), Fraction('-3/9'), Fraction(0.1), Fraction('1e-2'), Fraction(' 7 '))
print(Fraction(1, 2) + 1, 1 - Fraction(1, 3), Fraction(1, 2) * 0.5, Fraction(3, 4) / Fraction(3, 8), Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), 2))
print(Fraction(2, 3) ** 2, Fraction(2, 3) ** -2, 2 ** Fraction(1, 2), abs(Fraction(-1, 2)), -Fraction(1, 2), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 2))
print(Fraction(1, 2) == 0.5, Fraction(1, 2) < 1, Fraction(1, 3) > 0.3, hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3, 1)) == 3, hash(Fraction(1, 3)))
print(Fraction(3.14159).limit_denominator(100), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), sum([Fraction(1, 3)] * 3), Fraction(1, 3).as_integer_ratio())
import math; print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), bool(Fraction(0)))
for bad in ["Fraction(1, 0)", "Fraction('x')", "Fraction(1, 2) / 0"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
