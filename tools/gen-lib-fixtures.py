#!/usr/bin/env python3
# gen-lib-fixtures.py
# Generates the JSON fixtures of tests/lib/ by running real CPython (the oracle for src/runtime/lib).
#
# Usage: $(pyenv root)/versions/3.13.0/bin/python3 tools/gen-lib-fixtures.py [section ...]
# Sections that depend on the Python version re-run this script under the other interpreters
# found in pyenv (see OTHER_VERSIONS) with the hidden "--child" flag.
#
# Encoding used in the fixtures (decoded by tests/lib/pyjson.ts):
#   int   -> {"i": "-0x1f"}            (hex text: JSON numbers cannot hold big ints exactly)
#   float -> {"f": "16 hex digits"}    (the IEEE-754 bit pattern, so inf/nan/-0.0 survive)
#   str, bool, None, list -> themselves (tuples become lists)
#   exception -> {"error": "ValueError", "message": "..."}

import json
import math
import os
import random
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, 'tests', 'lib', 'fixtures')
PYENV_VERSIONS = os.path.expanduser(os.environ.get('PYENV_ROOT', '~/.pyenv')) + '/versions'
OTHER_VERSIONS = ['3.7.16', '3.8.18', '3.9.18', '3.10.13', '3.11.7', '3.12.1', '3.13.0']


def enc(v):
    """Encodes a Python value for JSON as described above."""
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {'i': hex(v)}  # hex: exempt from the int/str digit limit
    if isinstance(v, float):
        return {'f': struct.pack('>d', v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {k: enc(x) for k, x in v.items()}
    raise TypeError(type(v))


def attempt(fn, *args):
    """Runs fn(*args), returning its encoded result or the exception it raised."""
    try:
        return enc(fn(*args))
    except Exception as e:
        return {'error': type(e).__name__, 'message': str(e)}


def write(name, data):
    path = os.path.join(FIXTURES, name + '.json')
    with open(path, 'w') as f:
        # ensure_ascii: lone surrogates (valid in Python str) survive as \udxxx escapes.
        json.dump(data, f, ensure_ascii=True, indent=None, separators=(',', ':'))
        f.write('\n')
    print('wrote', path, os.path.getsize(path), 'bytes')


def run_child(version, section, payload=None):
    """Runs a section under another CPython version (payload on stdin as JSON) and returns its JSON output."""
    exe = os.path.join(PYENV_VERSIONS, version, 'bin', 'python3')
    out = subprocess.run([exe, __file__, '--child', section], check=True, capture_output=True, text=True,
                         input=json.dumps(payload))
    return json.loads(out.stdout)


# ---------------------------------------------------------------------------
# Random value generators (seeded: the fixtures are reproducible)

R = random.Random(20240601)


def rand_int():
    """Ints of every size class the interpreter distinguishes: small, near 2**53, big."""
    kind = R.random()
    if kind < 0.3:
        v = R.randint(-20, 20)
    elif kind < 0.5:
        v = R.randint(-2 ** 31, 2 ** 31)
    elif kind < 0.65:
        v = R.randint(-2 ** 53 + 1, 2 ** 53 - 1)
    elif kind < 0.8:
        v = 2 ** 53 + R.randint(-3, 3)
        v = v if R.random() < 0.5 else -v
    else:
        v = R.getrandbits(R.randint(54, 300))
        v = v if R.random() < 0.5 else -v
    return v


def rand_float():
    """Floats with edge cases: integers, halves, tiny, huge, subnormal, specials."""
    kind = R.random()
    if kind < 0.05:
        return R.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 2.2250738585072014e-308,
                         1.7976931348623157e308, 0.5, 1.5, 2.5, -0.5, 1e16, 1e-4, 1e-5, 9999999999999998.0])
    if kind < 0.2:
        return float(R.randint(-10 ** 6, 10 ** 6)) / R.choice([1, 2, 4, 8, 10, 100, 1000])
    if kind < 0.35:
        return R.uniform(-1000, 1000)
    if kind < 0.5:
        return float(R.randint(-2 ** 60, 2 ** 60))
    if kind < 0.6:
        return R.choice([1, -1]) * R.random() * 10.0 ** R.randint(-30, 30)
    # Random bit patterns cover every exponent, subnormals included.
    bits = R.getrandbits(64)
    x = struct.unpack('>d', bits.to_bytes(8, 'big'))[0]
    return x


# ---------------------------------------------------------------------------
# intOps

def int_to_base(n, base):
    """Python has no builtin for arbitrary bases; computed with Python ints (divmod)."""
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(digits[d])
    return sign + ''.join(reversed(out))


def section_intops():
    binary = []
    ops = {
        'add': lambda a, b: a + b,
        'sub': lambda a, b: a - b,
        'mul': lambda a, b: a * b,
        'floorDiv': lambda a, b: a // b,
        'mod': lambda a, b: a % b,
        'divmod': lambda a, b: divmod(a, b),
        'and': lambda a, b: a & b,
        'or': lambda a, b: a | b,
        'xor': lambda a, b: a ^ b,
        'trueDiv': lambda a, b: a / b,
    }
    for _ in range(3000):
        a, b = rand_int(), rand_int()
        if R.random() < 0.03:
            b = 0
        op = R.choice(list(ops))
        binary.append([op, enc(a), enc(b), attempt(ops[op], a, b)])
    # Huge ratios hit overflow and subnormal results of true division.
    for _ in range(400):
        a = R.getrandbits(R.randint(1, 1200)) * R.choice([1, -1])
        b = R.getrandbits(R.randint(1, 1200)) or 1
        binary.append(['trueDiv', enc(a), enc(b), attempt(lambda: a / b)])
    for _ in range(300):
        a = rand_int()
        n = R.choice([0, 1, 2, 5, 31, 32, 33, 52, 53, 54, 64, 100, 200, -1, R.randint(0, 2000)])
        binary.append(['lshift', enc(a), enc(n), attempt(lambda: a << n)])
        binary.append(['rshift', enc(a), enc(n), attempt(lambda: a >> n)])
    for _ in range(400):
        a = rand_int() if R.random() < 0.5 else R.randint(-50, 50)
        b = R.randint(-6, 60) if R.random() < 0.8 else R.randint(-3, 300)
        if abs(a) > 2 ** 64:
            b = min(b, 12)  # keeps the fixture small
        binary.append(['pow', enc(a), enc(b), attempt(lambda: a ** b)])
    unary = []
    for _ in range(600):
        a = rand_int()
        unary.append([enc(a), enc(~a), enc(-a), enc(a.bit_length()), enc(bin(a).count('1')), enc(hash(a)),
                      attempt(float, a)])
    powmod = []
    for _ in range(500):
        a, b = rand_int(), R.choice([rand_int(), R.randint(-20, 20)])
        m = R.choice([rand_int(), R.randint(-20, 20)])
        if abs(b) > 2 ** 200:
            b = b >> 100
        powmod.append([enc(a), enc(b), enc(m), attempt(pow, a, b, m)])
    tostr = []
    for _ in range(500):
        a = rand_int()
        base = R.randint(2, 36)
        tostr.append([enc(a), base, int_to_base(a, base)])
    limits = [[enc(v), attempt(str, v)] for v in (10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -10 ** 4300 + 1, -10 ** 4300)]
    parse = []
    samples = ['0', '-0', '+7', ' 12 ', '\t\n42\r ', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
               '0x_1f', '0x__1f', '0_0', '00', '010', '0_7', '1e3', '', ' ', '-', '+-1', '12a', 'abc', 'z', 'Z',
               '١٢٣', '\u0663\u0664', '\U0001D7D9\U0001D7DA', '１２', '\u00a012\u2003', '1\u00a02', '٣.٥', '9' * 30,
               '-' + '7' * 40, 'x' * 300, "it's", '0b', '0x', '0o8', '0b2', '0xg', '1' * 4300, '1' * 4301,
               '\x1c12', '12\x85', 'ff', 'FF', '0xFF', '0o777', '0b_1_0', 'zz', '36', 'inf', '1 2', '１_２', '--1']
    for s in samples:
        for base in (0, 2, 8, 10, 16, 36, 1, 37):
            parse.append([s, base, attempt(int, s, base)])
    for _ in range(400):
        base = R.randint(2, 36)
        v = rand_int()
        s = int_to_base(v, base)
        if R.random() < 0.3:
            s = s.upper()
        if R.random() < 0.2 and len(s) > 3:
            s = s[:2] + '_' + s[2:]
        parse.append([s, base, attempt(int, s, base)])
    floats = []
    for _ in range(2000):
        x = rand_float()
        floats.append([enc(x), attempt(math.floor, x), attempt(math.ceil, x), attempt(math.trunc, x),
                       enc(hash(x)) if x == x else None])
    compare = []
    for _ in range(1500):
        n = rand_int()
        x = rand_float() if R.random() < 0.5 else float(n) + R.choice([0.0, 0.5, -0.5, 1.0, 0.0])
        if R.random() < 0.2:
            n = int(x) if math.isfinite(x) else n
        compare.append([enc(n), enc(x), -1 if n < x else 1 if n > x else (0 if n == x else None)])
    return {'binary': binary, 'unary': unary, 'powmod': powmod, 'tostr': tostr, 'limits': limits,
            'parse': parse, 'floats': floats, 'compare': compare}


def section_intops_versions():
    """Messages that changed across versions, computed by every interpreter."""
    cases = [
        ('1%0', lambda: 1 % 0),
        ('pow(2,-1,5)', lambda: pow(2, -1, 5)),
        ('pow(2,-1,4)', lambda: pow(2, -1, 4)),
        ('str(10**4300)', lambda: str(10 ** 4300)),
        ('int("1"*4301)', lambda: int('1' * 4301)),
    ]
    return {'minor': sys.version_info[1], 'cases': [[name, attempt(fn)] for name, fn in cases]}


# ---------------------------------------------------------------------------
# floatFormat

def float_samples(n):
    xs = [rand_float() for _ in range(n)]
    # Ties and near-ties of decimal rounding: exact binary halves and classic cases.
    xs += [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -2.5, 0.045, 1.25, 1e22, 1e21, 123456789012345678.0,
           9.999999999999999e-05, 0.0001, 1e-05, 9999999999999998.0, 1e16, 5e-324, 1.7976931348623157e308,
           0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e15, 123.456, -0.0, 0.0, 99.5, 999.5, 0.95, 9.5, 0.000123456]
    xs += [R.randint(0, 10 ** 6) / 1000 + 0.0005 for _ in range(200)]
    xs += [R.randint(-10 ** 4, 10 ** 4) / 8 for _ in range(200)]
    return xs


def section_floatformat():
    xs = float_samples(2500)
    reprs = [[enc(x), repr(x)] for x in xs]
    formats = []
    for x in xs:
        for _ in range(4):
            code = R.choice('eEfFgG') if R.random() < 0.85 else ''
            p = R.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20]) if R.random() < 0.9 else R.randint(20, 120)
            flags = ''.join(f for f in ('+', 'z', '#') if R.random() < 0.2)
            spec = flags + '.' + str(p) + code
            formats.append([enc(x), spec, format(x, spec)])
    rounds = []
    for x in xs:
        if not math.isfinite(x):
            rounds.append([enc(x), None, attempt(round, x)])
            continue
        for nd in (R.randint(-3, 6), R.randint(-20, 25), 0):
            rounds.append([enc(x), nd, attempt(round, x, nd)])
        rounds.append([enc(x), None, attempt(round, x)])
    for x in (1.7976931348623157e308, -1.7976931348623157e308):
        rounds.append([enc(x), -308, attempt(round, x, -308)])
        rounds.append([enc(x), -300, attempt(round, x, -300)])
    return {'repr': reprs, 'formats': formats, 'round': rounds}


# ---------------------------------------------------------------------------
# formatSpec

STR_SAMPLES = ['', 'a', 'abc', 'hello world', 'é', '中文字符', 'x\U0001F600y', '\U0001F600', 'tab\there', '  ',
               '0123456789', "it's", 'naïve café', 'A' * 30]


def rand_spec(kind):
    parts = []
    r = R.random()
    if r < 0.2:
        parts.append(R.choice('<>=^'))
    elif r < 0.4:
        parts.append(R.choice([' ', '*', '0', 'x', '_', 'é', '\U0001F600', '<', '{']) + R.choice('<>=^'))
    if R.random() < 0.25:
        parts.append(R.choice('+- '))
    if R.random() < 0.08:
        parts.append('z')
    if R.random() < 0.15:
        parts.append('#')
    if R.random() < 0.2:
        parts.append('0')
    if R.random() < 0.45:
        parts.append(str(R.randint(0, 25)))
    if R.random() < 0.2:
        parts.append(R.choice(',_'))
    if R.random() < 0.35:
        parts.append('.' + str(R.randint(0, 20)))
    types = {'int': 'bcdoxXneEfFgG%', 'float': 'eEfFgGn%', 'str': 's'}[kind]
    r = R.random()
    if r < 0.7:
        parts.append(R.choice(types))
    elif r < 0.75:
        parts.append(R.choice('bcdoxXseEfFgGn%rz?'))
    elif r < 0.78:
        parts.append(R.choice(['xx', '.', ',,', '_,', ',_', '\x01']))
    return ''.join(parts)


def format_cases():
    cases = []
    for _ in range(4000):
        v = rand_int() if R.random() < 0.8 else R.randint(0, 0x10ffff)
        cases.append(['int', v, rand_spec('int')])
    for x in float_samples(3000):
        cases.append(['float', x, rand_spec('float')])
    for _ in range(2000):
        cases.append(['str', R.choice(STR_SAMPLES), rand_spec('str')])
    # Zero padding interacting with grouping, and a few fixed tricky specs.
    for w in range(0, 16):
        for g in ',_':
            for v in (0, 1, 1234, -1234, 123456789, 2 ** 40):
                cases.append(['int', v, '0%d%s' % (w, g)])
                cases.append(['int', v, '0%d%sx' % (w, g)])
                cases.append(['float', v + 0.5, '0%d%s.2f' % (w, g)])
    for x in (math.inf, -math.inf, math.nan, -0.0):
        for spec in ('010', '<10', '^10', '=+10', '010.2f', 'z.1f', 'z010', '+', ' ', '%', ',', '_'):
            cases.append(['float', x, spec])
    return cases


def run_format(cases):
    out = []
    for kind, v, spec in cases:
        out.append([kind, enc(v), spec, attempt(format, v, spec)])
    return out


def section_formatspec():
    return run_format(format_cases())


def section_formatspec_versions():
    """A smaller case list, formatted by every interpreter (spec rules and messages changed over time)."""
    cases = format_cases()[::7]
    versions = {}
    for v in OTHER_VERSIONS[:-1]:
        versions[v] = run_child(v, 'formatspec_child', [[k, enc(x), s] for k, x, s in cases])
    return versions


def child_formatspec(payload):
    def dec(v):
        if isinstance(v, dict) and 'i' in v:
            return int(v['i'], 16)
        if isinstance(v, dict) and 'f' in v:
            return struct.unpack('>d', bytes.fromhex(v['f']))[0]
        return v
    return {'minor': sys.version_info[1], 'cases': run_format([[k, dec(x), s] for k, x, s in payload])}


# ---------------------------------------------------------------------------
# percentFormat

class Opaque:
    """Stands for an object of another type in the fixtures: str/repr/ascii given as text."""


def enc_arg(v):
    """Encodes a %-format argument, keeping bools and opaque objects distinct."""
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, (int, float, str)):
        return enc(v)
    return {'obj': type(v).__name__, 'str': str(v), 'repr': repr(v), 'ascii': ascii(v)}


def rand_percent_value(conv):
    r = R.random()
    if r < 0.1:
        return R.choice([None, [1, 'a'], {'k': 1}, True, False, 'é', 'text', 1.5, -7, 2 ** 70, 1e300, math.nan, math.inf])
    if conv in 'diuoxXc' and R.random() < 0.8:
        return rand_int() if R.random() < 0.7 else R.randint(0, 0x10ffff)
    if conv in 'eEfFgG' and R.random() < 0.8:
        return rand_float()
    if conv == 'c' and R.random() < 0.5:
        return R.choice(['a', 'é', '\U0001F600', 'ab', ''])
    return R.choice([rand_int(), rand_float(), R.choice(STR_SAMPLES)])


def rand_percent_case():
    pieces, values = [], []
    use_keys = R.random() < 0.15
    for _ in range(R.randint(0, 4)):
        if R.random() < 0.4:
            pieces.append(R.choice(['abc', ' ', '%%', 'é', '-', 'x\U0001F600']))
        spec = '%'
        if use_keys:
            spec += '(' + R.choice(['a', 'b', 'key', 'x(y)']) + ')'
        spec += ''.join(R.choice('-+ #0') for _ in range(R.choice([0, 0, 1, 2, 3])))
        if R.random() < 0.4:
            if R.random() < 0.15 and not use_keys:
                spec += '*'
                values.append(R.randint(-30, 30))
            else:
                spec += str(R.randint(0, 25))
        if R.random() < 0.4:
            spec += '.'
            if R.random() < 0.15 and not use_keys:
                spec += '*'
                values.append(R.randint(-30, 30))
            elif R.random() < 0.95:
                spec += str(R.randint(0, 20))
        if R.random() < 0.05:
            spec += R.choice('hlL')
        conv = R.choice('diouxXeEfFgGcrsa' * 3 + '%zy\xe9')
        spec += conv
        values.append(rand_percent_value(conv))
        pieces.append(spec)
    if R.random() < 0.03:
        pieces.append(R.choice(['%', '%(a', '%5', '%.', '%-']))
    fmt = ''.join(pieces)
    if use_keys:
        args = {k: rand_percent_value(R.choice('dfs')) for k in ('a', 'b', 'key', 'x(y)') if R.random() < 0.9}
    else:
        if R.random() < 0.1 and values:
            values.pop()
        elif R.random() < 0.1:
            values.append(1)
        if len(values) == 1 and R.random() < 0.5 and not isinstance(values[0], tuple):
            args = values[0]
        else:
            args = tuple(values)
    if R.random() < 0.02:
        args = R.choice([[], [1, 2], 'str arg'])
    return fmt, args


def enc_percent_args(args):
    if isinstance(args, tuple):
        return {'tuple': [enc_arg(v) for v in args]}
    if isinstance(args, dict):
        return {'dict': {k: enc_arg(v) for k, v in args.items()}}
    if isinstance(args, list):
        return {'list': enc_arg(args)}
    return {'single': enc_arg(args)}


def percent_cases(n):
    cases = []
    for _ in range(n):
        fmt, args = rand_percent_case()
        cases.append([fmt, args])
    return cases


def run_percent(cases):
    out = []
    for fmt, args in cases:
        result = attempt(lambda: fmt % args)
        if isinstance(result, str) and len(result) > 2000:
            continue  # a huge '*' width: keep the fixtures small
        out.append([fmt, enc_percent_args(args), result])
    return out


def section_percentformat():
    return run_percent(percent_cases(6000))


def section_percentformat_versions():
    # Children regenerate nothing: they get the cases through stdin (pickling-free: repr/eval of literals).
    cases = percent_cases(1500)
    return {v: run_child(v, 'percent_child', [[fmt, repr(args)] for fmt, args in cases]) for v in OTHER_VERSIONS[:-1]}


def child_percent(payload):
    inf, nan = math.inf, math.nan  # names used by repr() of the arguments
    cases = [[fmt, eval(args, {'inf': inf, 'nan': nan})] for fmt, args in payload]
    return {'minor': sys.version_info[1], 'cases': run_percent(cases)}


# ---------------------------------------------------------------------------
# strMethods

import unicodedata


def rand_assigned_char():
    """A code point assigned in CPython's Unicode version (newer ones are unassigned there, not in V8)."""
    while True:
        r = R.random()
        if r < 0.4:
            cp = R.randint(0, 0x2fff)
        elif r < 0.7:
            cp = R.randint(0x3000, 0xffff)
        else:
            cp = R.randint(0x10000, 0x10ffff)
        c = chr(cp)
        if unicodedata.category(c) != 'Cn':
            return c


SPECIAL_CHARS = ['\x00', '\x07', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f', '\x7f', '\x80',
                 '\x85', '\xa0', '\xad', '\u1680', '\u2000', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
                 '\ufeff', '\ud800', '\udfff', '\ue000', '\uffff', '\U0010ffff', '\u0378', "'", '"', '\\', ' ', 'ß',
                 'ǅ', 'ǆ', 'Ǆ', 'ﬁ', 'İ', 'ı', 'Σ', 'ς', 'σ', 'ŉ', 'ΐ', '\u0345', 'Ꭰ', '\uab70', '²', '½', '一', '①', '٣',
                 '\U0001D7D9', '\U0001F600', '中', 'é', 'e\u0301', 'Ⅻ', 'ⅻ', 'ᾈ', 'ᾀ']


def rand_text(alphabet=None, max_len=12):
    n = R.randint(0, max_len)
    out = []
    for _ in range(n):
        if alphabet is not None:
            out.append(R.choice(alphabet))
        elif R.random() < 0.3:
            out.append(R.choice(SPECIAL_CHARS))
        elif R.random() < 0.5:
            out.append(chr(R.randint(32, 126)))
        else:
            out.append(rand_assigned_char())
    return ''.join(out)


CHAR_PREDICATES = ['isdecimal', 'isdigit', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower',
                   'istitle', 'isprintable', 'isidentifier', 'isascii']
CASE_MAPS = ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold']


def section_strmethods():
    chars = [chr(c) for c in range(0, 0x800) if unicodedata.category(chr(c)) != 'Cn']
    chars += [rand_assigned_char() for _ in range(7000)] + SPECIAL_CHARS
    per_char = [[c] + [getattr(c, p)() for p in CHAR_PREDICATES] + [getattr(c, m)() for m in CASE_MAPS] for c in chars]
    texts = [rand_text() for _ in range(1500)] + SPECIAL_CHARS
    texts += ['Hello World', "it's", 'say "hi"', 'both \' "and \"', 'hello wORLD 3rd-class o\'neil', 'ǆemal ǅ ß ﬁne']
    whole = [[t, repr(t), ascii(t)] + [getattr(t, p)() for p in CHAR_PREDICATES] + [getattr(t, m)() for m in CASE_MAPS]
             for t in texts]
    alphabet = ['a', 'b', ' ', '  ', '\t', '\n', '\r\n', '\r', '\x0b', '\x85', '\u2028', '\xa0', ',', 'ab', '\U0001F600', 'é']
    ops = []
    for _ in range(5000):
        t = rand_text(alphabet, 10)
        sub = rand_text(['a', 'b', ' ', ',', '\U0001F600', 'ab', ''], 2)
        op = R.choice(['split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'partition', 'rpartition',
                       'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'replace', 'center',
                       'ljust', 'rjust', 'zfill', 'expandtabs', 'slice', 'len'])
        if op in ('split', 'rsplit'):
            args = [R.choice([None, sub, ' ', ',']), R.choice([-1, 0, 1, 2, 5])]
        elif op == 'splitlines':
            args = [R.choice([False, True])]
        elif op in ('strip', 'lstrip', 'rstrip'):
            args = [R.choice([None, sub, 'a\U0001F600', ' ab'])]
        elif op in ('partition', 'rpartition'):
            args = [sub]
        elif op in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
            args = [sub, R.choice([None, R.randint(-12, 12)]), R.choice([None, R.randint(-12, 12)])]
        elif op == 'replace':
            args = [sub, R.choice(['', 'X', '\U0001F600\U0001F600']), R.choice([-1, 0, 1, 2])]
        elif op in ('center', 'ljust', 'rjust'):
            args = [R.randint(0, 20), R.choice([' ', '*', '\U0001F600'])]
        elif op == 'zfill':
            t = R.choice(['', '+', '-']) + t
            args = [R.randint(0, 15)]
        elif op == 'expandtabs':
            t = t.replace(',', '\t')
            args = [R.choice([8, 4, 1, 0, -1, 3])]
        elif op == 'slice':
            args = [R.choice([None, R.randint(-12, 12)]), R.choice([None, R.randint(-12, 12)]),
                    R.choice([None, 1, 2, -1, -2, 3])]
        else:
            args = []
        if op == 'slice':
            result = attempt(lambda: t[slice(*args)])
        elif op == 'len':
            result = len(t)
        else:
            result = attempt(getattr(t, op), *args)
        ops.append([op, t, args, result])
    return {'perChar': per_char, 'whole': whole, 'ops': ops, 'predicates': CHAR_PREDICATES, 'caseMaps': CASE_MAPS}


# ---------------------------------------------------------------------------
# mersenneTwister / randomCore (the op script is fixed, so every version runs the same ops)

RANDOM_SEEDS = [0, 1, 42, 2 ** 40, -5, 2 ** 100 + 7, 'hello', 'h\xe9llo', b'bytes', 1.5, -2.25]


def random_ops():
    ops = [('random', [])] * 20
    ops += [('getrandbits', [k]) for k in (1, 5, 31, 32, 33, 52, 53, 54, 64, 100, 257, 0, -1)]
    ops += [('randint', [1, 100])] * 20
    ops += [('randrange', a) for a in ([10], [0, 1000, 7], [100, 0, -3], [-5, 5], [2 ** 70], [10 ** 30, 10 ** 30 + 10 ** 20, 3],
                                       [0], [5, 5], [1, 10, 0], [5, 1, 2], [-3], [2 ** 53 + 1])]
    ops += [('randint', [5, 1]), ('randint', [-10, 10]), ('randint', [0, 2 ** 64])]
    ops += [('choice', [10])] * 10 + [('choice', [0]), ('choice', [1]), ('choice', [1000003])]
    ops += [('shuffle', [10]), ('shuffle', [1]), ('shuffle', [52])]
    ops += [('sample', a) for a in ([100, 5], [10 ** 6, 50], [30, 20], [1000, 300], [3, 5], [10, 10], [5, 0])]
    ops += [('sampleCounts', [[3, 0, 5, 2], 6]), ('sampleCounts', [[0, 0], 1])]
    ops += [('uniform', [1, 2])] * 5 + [('uniform', [-3.5, 10])]
    ops += [('choices', [10, 10]), ('choicesW', [[1, 2, 3, 4], 10]), ('choicesCum', [[1, 3, 6, 10], 5]),
            ('choicesW', [[0.1, 0.7, 0.2], 8]), ('choicesW', [[0, 0], 1]), ('choicesW', [[1], 1]),
            ('choicesW', [[1.0, float('inf')], 1])]
    ops += [('gauss', [])] * 5 + [('normalvariate', [0, 1])] * 5 + [('gauss', [10, 2])] * 3
    ops += [('expovariate', [1.5])] * 3 + [('triangular', [0, 10, 3])] * 3 + [('triangular', [])] * 2 + [('triangular', [2, 2, 2])]
    ops += [('randbytes', [10]), ('random', [])]
    return ops


def run_random_op(r, op, args):
    if op == 'choice':
        return r.choice(range(args[0]))
    if op == 'shuffle':
        x = list(range(args[0]))
        r.shuffle(x)
        return x
    if op == 'sample':
        return r.sample(range(args[0]), args[1])
    if op == 'sampleCounts':
        return r.sample(range(len(args[0])), args[1], counts=args[0])
    if op == 'choices':
        return r.choices(range(args[0]), k=args[1])
    if op == 'choicesW':
        return r.choices(range(len(args[0])), args[0], k=args[1])
    if op == 'choicesCum':
        return r.choices(range(len(args[0])), cum_weights=args[0], k=args[1])
    if op == 'randbytes':
        return r.randbytes(*args).hex()
    return getattr(r, op)(*args)


def random_run():
    out = []
    for seed in RANDOM_SEEDS:
        r = random.Random(seed)
        results = []
        for op, args in random_ops():
            if (op in ('sampleCounts', 'randbytes')) and sys.version_info < (3, 9):
                results.append({'skip': True})
                continue
            results.append(attempt(run_random_op, r, op, args))
        out.append({'seed': enc(seed) if not isinstance(seed, bytes) else {'bytes': seed.hex()},
                    'results': results, 'state': enc(list(r.getstate()[1]))})
    return out


def section_random():
    import hashlib
    digests = [[m.hex(), hashlib.sha512(m).hexdigest()] for m in
               [b'', b'abc', b'hello', b'x' * 111, b'x' * 112, b'x' * 1000, bytes(range(256))]]
    return {'ops': enc([list(o) for o in random_ops()]), 'runs': random_run(), 'sha512': digests}


def section_random_versions():
    return [run_child(v, 'random_child', None) for v in OTHER_VERSIONS[:-1]]


def child_random(_payload):
    return {'minor': sys.version_info[1], 'runs': random_run()}


# ---------------------------------------------------------------------------
# heapq (items are [key, id]; only keys are compared, so ids reveal the tie order)

class Keyed:
    def __init__(self, key, ident):
        self.key, self.ident = key, ident

    def __lt__(self, other):
        return self.key < other.key


def section_heapq():
    import heapq
    runs = []
    for run in range(300):
        heap, log, next_id = [], [], 0
        key_range = R.choice([1, 2, 3, 10, 1000])
        if R.random() < 0.3:
            heap = [Keyed(R.randint(0, key_range), i) for i in range(R.randint(0, 30))]
            next_id = len(heap)
            log.append(['init', [[k.key, k.ident] for k in heap]])
            heapq.heapify(heap)
            log.append(['heapify', None, [k.ident for k in heap]])
        for _ in range(R.randint(1, 60)):
            op = R.choice(['push', 'push', 'pop', 'pushpop', 'replace'])
            item = Keyed(R.randint(0, key_range), next_id)
            if op == 'push':
                heapq.heappush(heap, item)
                next_id += 1
                log.append(['push', [item.key, item.ident], [k.ident for k in heap]])
                continue
            try:
                if op == 'pop':
                    got = heapq.heappop(heap)
                elif op == 'pushpop':
                    got = heapq.heappushpop(heap, item)
                else:
                    got = heapq.heapreplace(heap, item)
                result = got.ident
            except IndexError as e:
                result = {'error': 'IndexError', 'message': str(e)}
            if op != 'pop':
                next_id += 1
            log.append([op, [item.key, item.ident] if op != 'pop' else None, [k.ident for k in heap], result])
        runs.append(log)
    selections = []
    for _ in range(300):
        items = [Keyed(R.randint(0, R.choice([2, 5, 100])), i) for i in range(R.randint(0, 40))]
        n = R.randint(-1, 45)
        by_key = lambda k: k.key % 7  # int keys: == holds between equal keys, so ties go by order
        selections.append([[[k.key, k.ident] for k in items], n,
                           [k.ident for k in heapq.nsmallest(n, items)], [k.ident for k in heapq.nlargest(n, items)],
                           [k.ident for k in heapq.nsmallest(n, items, key=by_key)],
                           [k.ident for k in heapq.nlargest(n, items, key=by_key)]])
    return {'runs': runs, 'selections': selections}


# ---------------------------------------------------------------------------
# setTable (int and float keys: their hashes do not depend on PYTHONHASHSEED)

def rand_set_key():
    r = R.random()
    if r < 0.5:
        return R.randint(-20, 120)
    if r < 0.6:
        return R.choice([-1, -2, 0, 1, 8, 16, 32, 64, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 2 ** 64 + 3])
    if r < 0.75:
        return R.randint(0, 50) * R.choice([8, 32, 1024, 2 ** 20])  # shared low bits: collisions
    if r < 0.85:
        return R.choice([0.5, 1.5, -0.5, 2.0, 1.0, 0.0, -0.0, 1e100, 3.25, 2.5])
    return R.getrandbits(R.randint(1, 70)) * R.choice([1, -1])


def set_keys(n):
    return [rand_set_key() for _ in range(n)]


def set_case():
    """Runs random set operations; returns the op log with list(s) after each op."""
    log = []
    size = R.choice([0, 3, 5, 8, 12, 30, 60])
    items = set_keys(size)
    literal = R.random() < 0.3 and len(items) >= 3
    if literal:
        s = eval('{' + ', '.join(repr(x) for x in items) + '}')
        log.append(['literal', enc(items), enc(list(s))])
    else:
        s = set(items)
        log.append(['set', enc(items), enc(list(s))])
    for _ in range(R.randint(1, 15)):
        op = R.choice(['add', 'add', 'add', 'discard', 'discard', 'remove', 'pop', 'clear', 'or', 'and', 'sub', 'xor',
                       'ior', 'iand', 'isub', 'ixor', 'copy', 'update_list', 'intersection_list', 'difference_list',
                       'difference_update_list', 'addmany'])
        if R.random() < 0.05:
            op = 'clear'
        existing = list(s)
        arg = None
        result = None
        try:
            if op == 'add':
                arg = rand_set_key()
                s.add(arg)
            elif op == 'addmany':
                arg = set_keys(R.randint(5, 40))
                for x in arg:
                    s.add(x)
            elif op in ('discard', 'remove'):
                arg = R.choice(existing) if existing and R.random() < 0.8 else rand_set_key()
                getattr(s, op)(arg)
            elif op == 'pop':
                result = s.pop()
            elif op == 'clear':
                s.clear()
            elif op in ('or', 'and', 'sub', 'xor', 'ior', 'iand', 'isub', 'ixor'):
                arg = set_keys(R.choice([0, 2, 5, 20, 60])) + (R.sample(existing, min(len(existing), 3)) if existing else [])
                t = set(arg)
                if op == 'or':
                    s = s | t
                elif op == 'and':
                    s = s & t
                elif op == 'sub':
                    s = s - t
                elif op == 'xor':
                    s = s ^ t
                elif op == 'ior':
                    s |= t
                elif op == 'iand':
                    s &= t
                elif op == 'isub':
                    s -= t
                else:
                    s ^= t
            elif op == 'copy':
                s = s.copy()
            else:
                arg = set_keys(R.choice([0, 3, 10])) + (R.sample(existing, min(len(existing), 3)) if existing else [])
                if op == 'update_list':
                    s.update(arg)
                elif op == 'intersection_list':
                    s = s.intersection(arg)
                elif op == 'difference_list':
                    s = s.difference(arg)
                else:
                    s.difference_update(arg)
        except KeyError as e:
            result = {'error': 'KeyError', 'message': str(e)}
        log.append([op, enc(arg), enc(list(s)), enc(result)])
    return log


def section_settable():
    return {'cases': [set_case() for _ in range(400)]}


def section_settable_versions():
    return [run_child(v, 'settable_child', None) for v in OTHER_VERSIONS[:-1]]


def child_settable(_payload):
    global R
    R = random.Random('settable')
    return {'minor': sys.version_info[1], 'cases': [set_case() for _ in range(80)]}


# ---------------------------------------------------------------------------
# crMath (glibc's libm through CPython's math module)

def section_crmath():
    cases = {'log': [], 'log2': [], 'log10': [], 'exp': [], 'sin': [], 'cos': [], 'tan': [], 'pow': []}
    rr = random.Random(77)
    positives = [rr.random() for _ in range(1000)] + [rr.uniform(0, 10) for _ in range(1000)]
    positives += [abs(rand_float()) for _ in range(1200)]
    positives += [1.0, 2.0, 0.5, 10.0, 1e-300, 5e-324, 1.7976931348623157e308, 1 + 2 ** -52, 1 - 2 ** -53]
    positives = [x for x in positives if x > 0 and math.isfinite(x)]
    for x in positives:
        cases['log'].append([enc(x), enc(math.log(x))])
        cases['log2'].append([enc(x), enc(math.log2(x))])
        cases['log10'].append([enc(x), enc(math.log10(x))])
    exps = [rr.uniform(-745, 709.7) for _ in range(1000)] + [rr.uniform(-1, 1) for _ in range(1000)]
    exps += [rr.uniform(-1e-5, 1e-5) for _ in range(500)] + [-745.1, -744.5, -740.0, -708.5, 709.78, 1e-20]
    for x in exps:
        cases['exp'].append([enc(x), attempt(math.exp, x)])
    angles = [rr.random() * 2 * math.pi for _ in range(1500)] + [rr.uniform(-100, 100) for _ in range(1000)]
    angles += [rr.uniform(-1e6, 1e6) for _ in range(500)] + [1e-9, -3e-10, 1.5707963267948966, 3.141592653589793]
    for x in angles:
        cases['sin'].append([enc(x), enc(math.sin(x))])
        cases['cos'].append([enc(x), enc(math.cos(x))])
        cases['tan'].append([enc(x), enc(math.tan(x))])
    hyper = [rr.uniform(-1, 1) for _ in range(700)] + [rr.uniform(-30, 30) for _ in range(700)]
    hyper += [rr.uniform(-1e-3, 1e-3) for _ in range(300)] + [rr.uniform(-712, 712) for _ in range(300)]
    hyper += [rr.uniform(-1e6, 1e6) for _ in range(200)] + [rr.uniform(-1e-9, 1e-9) for _ in range(100)]
    for name in ('expm1', 'sinh', 'cosh', 'tanh', 'asinh'):
        cases[name] = [[enc(x), attempt(getattr(math, name), x)] for x in hyper]
    cases['acosh'] = [[enc(abs(x) + 1), enc(math.acosh(abs(x) + 1))] for x in hyper]
    cases['atanh'] = [[enc(x / 30.0001), enc(math.atanh(x / 30.0001))] for x in hyper if abs(x) < 30]
    cases['log1p'] = [[enc(x), enc(math.log1p(x))] for x in
                      [rr.uniform(-1, 1) for _ in range(1500)] + [rr.uniform(-1e-6, 1e-6) for _ in range(300)] +
                      [abs(rand_float()) for _ in range(500)] if math.isfinite(x) and x > -1]
    cases['atan'] = [[enc(x), enc(math.atan(x))] for x in
                     [rr.uniform(-1, 1) for _ in range(1500)] + [rr.uniform(-100, 100) for _ in range(1000)] +
                     [rand_float() for _ in range(800)] if not math.isnan(x)]
    unit = [rr.uniform(-1, 1) for _ in range(2000)] + [1 - rr.random() * 1e-6 for _ in range(200)] + [-1.0, 1.0, 0.5, -0.0]
    cases['asin'] = [[enc(x), enc(math.asin(x))] for x in unit]
    cases['acos'] = [[enc(x), enc(math.acos(x))] for x in unit]
    pairs = [(rr.uniform(-10, 10), rr.uniform(-10, 10)) for _ in range(2000)]
    pairs += [(rand_float(), rand_float()) for _ in range(800)]
    pairs += [(0.0, -1.0), (-0.0, -1.0), (1.0, 0.0), (0.0, 0.0), (-0.0, -0.0), (math.inf, math.inf), (1.0, -math.inf)]
    cases['atan2'] = [[enc(y), enc(x), enc(math.atan2(y, x))] for y, x in pairs if not (math.isnan(x) or math.isnan(y))]
    for _ in range(4000):
        kind = rr.random()
        if kind < 0.3:
            x, y = rr.uniform(0, 10), rr.uniform(-10, 10)
        elif kind < 0.5:
            x, y = float(rr.randint(-20, 20)), float(rr.randint(-30, 30))
        elif kind < 0.7:
            x, y = rr.uniform(0.5, 2), rr.uniform(-1000, 1000)
        elif kind < 0.85:
            x, y = abs(rand_float()), rr.uniform(-3, 3)
        else:
            x, y = rr.uniform(-5, 5), float(rr.randint(-6, 6))
        try:
            r = math.pow(x, y)
        except (ValueError, OverflowError):
            continue
        cases['pow'].append([enc(x), enc(y), enc(r)])
    return cases


# ---------------------------------------------------------------------------
# bisect (items [key, id] compared by key, so insertion points among equal keys are visible)

def section_bisect():
    import bisect
    cases = []
    for _ in range(1500):
        a = sorted(R.randint(0, 20) for _ in range(R.randint(0, 15)))
        x = R.randint(-2, 22)
        lo = R.choice([0, 0, 0, R.randint(-1, len(a) + 1)])
        hi = R.choice([None, None, -1, R.randint(0, len(a) + 2)])
        row = [a, x, lo, hi]
        for fn in (bisect.bisect_left, bisect.bisect_right):
            row.append(attempt(fn, a, x, lo, hi))
        for fn in (bisect.insort_left, bisect.insort_right):
            items = [Keyed(k, i) for i, k in enumerate(a)]
            try:
                fn(items, Keyed(x, -1), lo, hi, key=lambda k: k.key)
                row.append([k.ident for k in items])
            except (ValueError, IndexError) as e:
                row.append({'error': type(e).__name__, 'message': str(e)})
        cases.append(row)
    return cases


# ---------------------------------------------------------------------------
# strHash: hash(str)/hash(bytes) under fixed PYTHONHASHSEED values, for every version

HASH_SEEDS = [0, 1, 12345, 4294967295]


def hash_samples():
    rr = random.Random('strhash')
    texts = ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world', 'caf\xe9', '\xff' * 9,
             '\u4e2d\u6587', '\U0001F600', 'x\U0001F600', '\ud800', 'A' * 100]
    alphabet = ['a', 'b', 'Z', ' ', '\xe9', '\xff', '\u0100', '\u4e2d', '\U0001F600', '\ud800']
    texts += [''.join(rr.choice(alphabet) for _ in range(rr.randint(0, 20))) for _ in range(150)]
    blobs = [bytes(rr.getrandbits(8) for _ in range(rr.randint(0, 20))) for _ in range(100)]
    return texts, blobs


def child_strhash(_payload):
    texts, blobs = hash_samples()
    return {'minor': sys.version_info[1], 'seed': int(os.environ['PYTHONHASHSEED']),
            'str': [[t, enc(hash(t))] for t in texts], 'bytes': [[b.hex(), enc(hash(b))] for b in blobs],
            'set': [[texts[i:i + 12], list(set(texts[i:i + 12]))] for i in range(0, 120, 12)]}


def section_strhash():
    out = []
    for seed in HASH_SEEDS:
        for v in OTHER_VERSIONS:
            exe = os.path.join(PYENV_VERSIONS, v, 'bin', 'python3')
            env = dict(os.environ, PYTHONHASHSEED=str(seed))
            res = subprocess.run([exe, __file__, '--child', 'strhash_child'], check=True, capture_output=True,
                                 text=True, input='null', env=env)
            out.append(json.loads(res.stdout))
    return out


# ---------------------------------------------------------------------------
# floatSum: builtin sum() of floats (compensated since 3.12) and math.fsum()

def float_lists():
    rr = random.Random('floatsum')
    lists = [[0.1] * 10, [1e100, 1.0, -1e100], [1e308, 1e308, -1e308], [math.inf, -math.inf], [math.inf, 1.0],
             [math.nan, 1.0], [1e-16, 1.0, 1e16], [-0.0, -0.0], [], [2.0 ** 53, 1.0, 1.0]]
    for _ in range(400):
        kind = rr.random()
        n = rr.randint(1, 40)
        if kind < 0.3:
            lists.append([rr.uniform(-1, 1) for _ in range(n)])
        elif kind < 0.6:
            lists.append([rr.choice([1, -1]) * rr.random() * 10.0 ** rr.randint(-20, 20) for _ in range(n)])
        elif kind < 0.8:
            lists.append([round(rr.uniform(-100, 100), rr.randint(0, 3)) for _ in range(n)])
        else:
            lists.append([rand_float() for _ in range(n)])
    return lists


def child_floatsum(_payload):
    out = []
    for xs in float_lists():
        out.append([enc(xs), attempt(sum, xs), attempt(math.fsum, xs)])
    return {'minor': sys.version_info[1], 'cases': out}


def section_floatsum():
    return [run_child(v, 'floatsum_child', None) for v in ['3.11.7', '3.12.1', '3.13.0']]


# ---------------------------------------------------------------------------

SECTIONS = {
    'intops': section_intops,
    'floatformat': section_floatformat,
    'formatspec': section_formatspec,
    'formatspec_versions': section_formatspec_versions,
    'percentformat': section_percentformat,
    'percentformat_versions': section_percentformat_versions,
    'strmethods': section_strmethods,
    'random': section_random,
    'random_versions': section_random_versions,
    'heapq': section_heapq,
    'settable': section_settable,
    'settable_versions': section_settable_versions,
    'crmath': section_crmath,
    'bisect': section_bisect,
    'strhash': section_strhash,
    'floatsum': section_floatsum,
}
CHILD_SECTIONS = {
    'intops_versions': section_intops_versions,
}
# Sections run only as children, reading their input from stdin.
PAYLOAD_CHILDREN = {
    'formatspec_child': child_formatspec,
    'percent_child': child_percent,
    'random_child': child_random,
    'settable_child': child_settable,
    'strhash_child': child_strhash,
    'floatsum_child': child_floatsum,
}


def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--child':
        name = sys.argv[2]
        if name in PAYLOAD_CHILDREN:
            result = PAYLOAD_CHILDREN[name](json.loads(sys.stdin.read()))
        else:
            result = CHILD_SECTIONS[name]()
        json.dump(result, sys.stdout, ensure_ascii=True)  # ASCII: lone surrogates survive the pipe
        return
    wanted = sys.argv[1:] or list(SECTIONS) + list(CHILD_SECTIONS)
    os.makedirs(FIXTURES, exist_ok=True)
    for name in wanted:
        global R
        R = random.Random(name)  # one seeded stream per section, so sections are independent
        if name in SECTIONS:
            write(name, SECTIONS[name]())
        else:
            write(name, [run_child(v, name) for v in OTHER_VERSIONS])


if __name__ == '__main__':
    main()
