# versions: 3.13
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
import decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal('1.30') + Decimal('1.20'), Decimal('3.14') * 2)
print(repr(Decimal('1.5')), Decimal(0.1), Decimal(10), Decimal(-3), Decimal('1e3'), Decimal('1E+3') + 0, Decimal('0.000001'), Decimal('0.0000001'), Decimal('123e-10'))
print(Decimal('2.675').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('7.5').quantize(Decimal('1'), rounding=ROUND_DOWN))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('3.14159'), 2), int(Decimal('-7.9')), float(Decimal('1.25')))
print(Decimal('1.0') == 1, Decimal('0.5') < 1, Decimal(2) > Decimal('1.99'), hash(Decimal('0.5')) == hash(0.5), hash(Decimal(3)) == hash(3), sorted([Decimal('1.1'), Decimal('0.9')]))
print(Decimal(10) // 3, Decimal(10) % 3, Decimal(-10) // 3, Decimal(-10) % 3, divmod(Decimal(10), 3), Decimal(2) ** 10, Decimal(2) ** -2)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, Decimal('123456789') + 0)
print(Decimal(1) / 3, getcontext().prec, Decimal('-0'), -Decimal('0'), Decimal('1.100').normalize(), Decimal(2).sqrt(), Decimal(16).sqrt())
for bad in ["Decimal(1) / 0", "Decimal('abc')"]:
    try: print(eval(bad))
    except Exception as e: print(type(e).__name__, e)
print(Decimal('1.23').as_tuple(), Decimal('12.5').as_integer_ratio(), f"{Decimal('3.14159'):.2f}", Decimal('5').adjusted(), sum([Decimal('0.1')] * 10))
