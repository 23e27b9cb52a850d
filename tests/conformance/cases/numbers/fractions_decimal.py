from fractions import Fraction
from decimal import Decimal, getcontext
f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f))
print(Fraction("0.125"), Fraction(1, 3) * 3, Fraction(5, 10))
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("1.23456789") * 1)
print(Decimal("2.675").quantize(Decimal("0.01")))
