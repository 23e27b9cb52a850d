/*
 * decimal.ts
 * A decimal module in Python (our own code, a subset of the General Decimal Arithmetic spec that
 * CPython's decimal implements): Decimal from str/int/float/tuple, context precision and the
 * eight rounding modes, + - * / // % with correct rounding, comparisons with ints, CPython's
 * str()/repr() (scientific notation rules), quantize, round, hash equal to equal ints/floats,
 * getcontext/setcontext/localcontext, and the signals that trap by default (InvalidOperation,
 * DivisionByZero, Overflow). Not implemented: sqrt/ln/exp/log10, Emin/Emax clamping of results.
 */

import { registerCachedPythonModule } from './common';

const DECIMAL_PY = String.raw`
"""Decimal fixed-point and floating-point arithmetic (subset)."""
import sys as _sys
import math as _math
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact',
           'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation',
           'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
           'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
           'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        self.prec = prec if prec is not None else 28
        self.rounding = rounding if rounding is not None else ROUND_HALF_EVEN
        self.Emin = Emin if Emin is not None else -999999
        self.Emax = Emax if Emax is not None else 999999
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = [InvalidOperation, DivisionByZero, Overflow]
        if not isinstance(traps, dict):
            traps = {s: (s in traps) for s in _SIGNALS}
        self.traps = traps
        if flags is None:
            flags = []
        if not isinstance(flags, dict):
            flags = {s: (s in flags) for s in _SIGNALS}
        self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value < 1:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                                                 ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [f.__name__ for f, v in self.flags.items() if v]
        traps = [t.__name__ for t, v in self.traps.items() if v]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for f in self.flags:
            self.flags[f] = False

    def clear_traps(self):
        for f in self.traps:
            self.traps[f] = False

    def _raise(self, signal, msg=''):
        flag = InvalidOperation if issubclass(signal, InvalidOperation) else signal
        self.flags[flag] = True
        if self.traps.get(flag):
            raise flag([signal])
        for s in _SIGNALS:
            if s is not flag and issubclass(flag, s) and self.traps.get(s):
                raise flag([signal])

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def add(self, a, b):
        return _convert(a).__add__(b, self)

    def subtract(self, a, b):
        return _convert(a).__sub__(b, self)

    def multiply(self, a, b):
        return _convert(a).__mul__(b, self)

    def divide(self, a, b):
        return _convert(a).__truediv__(b, self)

    def power(self, a, b, modulo=None):
        return _convert(a).__pow__(b, modulo, self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    cm = _ContextManager(ctx)
    for key, value in kwargs.items():
        setattr(cm.new_context, key, value)
    return cm


def _convert(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


def _round_digits(coeff, drop, sign, rounding):
    """Drops the last drop digits of coeff (>= 0) with rounding; returns the new coefficient."""
    if drop <= 0:
        return coeff * 10 ** -drop
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2 if div % 2 == 0 else None
    twice = r * 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = twice >= div
    elif rounding == ROUND_HALF_DOWN:
        up = twice > div
    elif rounding == ROUND_HALF_EVEN:
        up = twice > div or (twice == div and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q


class Decimal(object):
    """Floating-point decimal number."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, str):
            s = value.strip().replace('_', '')
            sign = 0
            if s[:1] in ('+', '-'):
                sign = 1 if s[0] == '-' else 0
                s = s[1:]
            low = s.lower()
            if low in ('inf', 'infinity'):
                self._sign, self._int, self._exp, self._special = sign, 0, 'F', 'F'
                return self
            if low.startswith('nan') or low.startswith('snan'):
                self._sign, self._int, self._exp = sign, 0, 'n'
                self._special = 'N' if low.startswith('s') else 'n'
                return self
            mant, e, exp = low.partition('e')
            intpart, dot, frac = mant.partition('.')
            ok = (intpart + frac).isdigit() and (not e or exp.lstrip('+-').isdigit()) and exp.count('+') + exp.count('-') <= 1
            if not ok:
                context = context or getcontext()
                context._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 'n', 'n'
                return self
            self._sign = sign
            self._int = int(intpart + frac)
            self._exp = (int(exp) if e else 0) - len(frac)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            return cls.from_float(value)
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join(str(d) for d in digits) or '0')
            if exp == 'F':
                self._special = 'F'
            elif exp in ('n', 'N'):
                self._special = exp
            self._exp = exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self = object.__new__(cls)
        self._special = ''
        self._sign = sign
        self._int = n * 5 ** k
        self._exp = -k
        return self if cls is Decimal else cls(self)

    # -- helpers -----------------------------------------------------------------------------

    def _digits(self):
        return str(self._int)

    def _fix(self, context):
        if self._special:
            return self
        digits = len(str(self._int))
        prec = context.prec
        if digits <= prec:
            return self
        drop = digits - prec
        coeff = _round_digits(self._int, drop, self._sign, context.rounding)
        exp = self._exp + drop
        if len(str(coeff)) > prec:
            coeff //= 10
            exp += 1
        context._raise(Rounded)
        if coeff * 10 ** drop != self._int:
            context._raise(Inexact)
        return _dec(self._sign, coeff, exp)

    def _check_nans(self, other, context):
        if self._special in ('n', 'N') or (other is not None and other._special in ('n', 'N')):
            if self._special == 'N' or (other is not None and other._special == 'N'):
                context._raise(InvalidOperation)
            return self if self._special in ('n', 'N') else other
        return None

    # -- conversions ---------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return sign + 'NaN'
        if self._special == 'N':
            return sign + 'sNaN'
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ['e', 'E'][capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec[-1:] in 'fF%' or spec[-1:] in 'eEgG':
            return format(float(self), spec) if spec[-1:] != 'f' else self._format_fixed(spec)
        return format(str(self), spec)

    def _format_fixed(self, spec):
        body = spec[:-1]
        prec = None
        if '.' in body:
            body, _, p = body.partition('.')
            prec = int(p)
        q = self if prec is None else self.quantize(_dec(0, 1, -prec), rounding=ROUND_HALF_EVEN)
        digits = str(q._int)
        if q._exp < 0:
            digits = digits.rjust(-q._exp + 1, '0')
            s = digits[:q._exp] + '.' + digits[q._exp:]
        else:
            s = digits + '0' * q._exp
        if q._sign:
            s = '-' + s
        return format(s, body) if body else s

    def __float__(self):
        if self._special:
            if self._special in ('n', 'N'):
                return float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __int__(self):
        if self._special:
            if self._special in ('n', 'N'):
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def as_tuple(self):
        if self._special:
            return DecimalTuple(self._sign, (0,) if self._special == 'F' else (), self._special)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special in ('n', 'N'):
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return _dec(_convert(other)._sign, self._int, self._exp, self._special)

    # -- comparisons ---------------------------------------------------------------------------

    def _cmp(self, other):
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a or b:
                return (a > b) - (a < b)
        x = -self._int if self._sign else self._int
        y = -other._int if other._sign else other._int
        e = min(self._exp, other._exp)
        x *= 10 ** (self._exp - e)
        y *= 10 ** (other._exp - e)
        return (x > y) - (x < y)

    def _compare_other(self, other):
        if isinstance(other, float):
            return Decimal.from_float(other)
        return _convert(other)

    def __eq__(self, other):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def __lt__(self, other):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return self._cmp(other) < 0

    def __le__(self, other):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return self._cmp(other) <= 0

    def __gt__(self, other):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return self._cmp(other) > 0

    def __ge__(self, other):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        other = _convert(other)
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = (1 << 61) - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, P)
        else:
            exp_hash = pow(pow(10, P - 2, P), -self._exp, P)
        hash_ = self._int * exp_hash % P
        ans = -hash_ if self._sign else hash_
        return -2 if ans == -1 else ans

    # -- arithmetic ----------------------------------------------------------------------------

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._special:
            return self.copy_negate()
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else 1 - self._sign
        return _dec(sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else self._sign
        return _dec(sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return self if self._special == 'F' else other
        e = min(self._exp, other._exp)
        x = (-self._int if self._sign else self._int) * 10 ** (self._exp - e)
        y = (-other._int if other._sign else other._int) * 10 ** (other._exp - e)
        total = x + y
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return _dec(sign, abs(total), e)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if (self._special != 'F' and self._int == 0) or (other._special != 'F' and other._int == 0):
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return _dec(sign, 0, 'F', 'F')
        return _dec(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                context._raise(DivisionUndefined)
                return Decimal('NaN')
            if self._special == 'F':
                return _dec(sign, 0, 'F', 'F')
            return _dec(sign, 0, 0)
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal('NaN')
            context._raise(DivisionByZero)
            return _dec(sign, 0, 'F', 'F')
        if self._int == 0:
            return _dec(sign, 0, self._exp - other._exp)
        prec = context.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, remainder = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, remainder = divmod(self._int, other._int * 10 ** -shift)
        if remainder:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal_exp = self._exp - other._exp
            while exp < ideal_exp and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _dec(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod_int(self, other, context):
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
            else:
                context._raise(InvalidOperation)
            return Decimal('NaN'), Decimal('NaN')
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e)
        y = other._int * 10 ** (other._exp - e)
        q, r = divmod(x, y)
        sign = self._sign ^ other._sign
        return _dec(sign, q, 0), _dec(self._sign, r, e)._fix(context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod_int(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod_int(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod_int(other, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            return Decimal(float(self) ** float(other))._fix(context)
        n = int(other)
        if n >= 0:
            result = _dec(self._sign if n % 2 else 0, self._int ** n, self._exp * n)
            return result._fix(context)
        return Decimal(1).__truediv__(_dec(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n), context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, None, context)

    # -- rounding ------------------------------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return self
            context._raise(InvalidOperation)
            return Decimal('NaN')
        target = exp._exp
        if self._exp >= target:
            coeff = self._int * 10 ** (self._exp - target)
        else:
            coeff = _round_digits(self._int, target - self._exp, self._sign, rounding)
            if coeff * 10 ** (target - self._exp) != self._int:
                context._raise(Inexact)
                context._raise(Rounded)
        if len(str(coeff)) > context.prec:
            context._raise(InvalidOperation)
            return Decimal('NaN')
        return _dec(self._sign, coeff, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        context = context or getcontext()
        return self.quantize(Decimal(1), rounding=rounding or context.rounding, context=context)

    to_integral = to_integral_value

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_dec(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_CEILING))

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        dup = self._fix(context)
        if dup._int == 0:
            return _dec(dup._sign, 0, 0)
        coeff, exp = dup._int, dup._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _dec(dup._sign, coeff, exp)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special or self._sign and self._int:
            context._raise(InvalidOperation)
            return Decimal('NaN')
        prec = context.prec
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, prec + 2 - len(str(c)) // 2 + 1)
        c *= 100 ** shift
        e -= 2 * shift
        r = _math.isqrt(c)
        exact = r * r == c
        if not exact and r % 5 == 0:
            r += 1
        res = _dec(0, r, e // 2)._fix(context)
        return res.normalize(context) if exact else res

    def max(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) <= 0 else other

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Decimal.__module__ = 'decimal'


def _dec(sign, coeff, exp, special=''):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d

import _pyco
_pyco.hide_module_frames(globals())
del _pyco
`;

registerCachedPythonModule('decimal', DECIMAL_PY);
