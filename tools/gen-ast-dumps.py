#!/usr/bin/env python3
"""gen-ast-dumps.py
Regenerates tests/parser/ast-dumps.json: CPython 3.13's ast.dump() of every sample in
tests/parser/samples/*.py and of the snippets below. tests/parser/astDump.test.ts converts our
parse trees to the same text and compares.

usage: python3.13 tools/gen-ast-dumps.py   (must run under CPython 3.13: the dump format changed)
"""
import ast
import glob
import json
import os
import sys

SNIPPETS = [
    # Precedence.
    "not a == b", "-2**2", "a if b else c or d", "a or b or c and d and e", "a < b < c", "not not a",
    "a + b * c - d / e // f % g @ h", "a | b ^ c & d << e >> f", "~a ** -b", "await_ = 1", "a ** b ** c",
    "a is not b not in c", "-a.b[c](d)", "(a, b) if c else [d]", "lambda: a if b else c",
    "x = yield", "x = yield from y", "f((yield))", "await a ** 2", "await a.b()", "[await x async for x in y]",
    # Calls and arguments.
    "f(x for x in y)", "f(a, *b, c=1, **d)", "f(*a, *b, **c, **d)", "f(lambda x: x, key=lambda y: -y)",
    "f(a)(b)(c)", "f(x := 1)", "print(*a if b else c)", "f(a, b=1, *c)",
    # Displays and comprehensions.
    "{}", "{1}", "{1: 2}", "{**a, 'b': 1}", "{*a, *b}", "[*a, b]", "()", "(1,)", "(1)", "1,", "a, *b = c",
    "[x for x in y if x if not x for z in x]", "{k: v for k, v in d.items()}", "{x for x in y}",
    "(x for x in y)", "[(x, y) for x in a for y in b]",
    # Subscripts.
    "a[1]", "a[1:2]", "a[::]", "a[1:2:3]", "a[:, 1]", "a[1,]", "a[*b]", "a[b:=1]",
    # Targets.
    "a = b = c = 1", "a.b, c[d] = e", "[a, [b, *c]] = d", "for x, (y, z) in w: pass", "with a as (b, c): pass",
    "del a[0], b.c", "x += 1", "x.y **= 2", "(x) = 1", "(x): int = 1", "x: int",
    # Strings.
    "'a' 'b'", "'a' f'{b}' 'c'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x=}'", "f'{x = !s}'", "f'{x=:>5}'",
    "f'{{}}{x}'", "f'{x:{y}}'", "f'{3.14:.2f}'", "b'\\x00' b'a'", "r'\\n'", "'\\u00e9\\N{BULLET}'",
    "f'{\"a\" if x else \"b\"}'", "f'''{\nx\n}'''", "f'a{b}c{d}e'", "'''multi\nline'''",
    # Numbers.
    "0", "1_000", "0xff", "0o17", "0b11", "1.5", "1e10", "1e-5", "1.5e300", "1e400", "2j", "1.5J",
    "123456789012345678901234567890", ".5", "5.", "1_0.0_1",
    # Statements.
    "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass", "while a:\n  break\nelse:\n  pass",
    "try:\n  pass\nexcept* E:\n  pass", "try:\n  pass\nfinally:\n  pass",
    "try:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass",
    "@a\n@b.c(d)\nclass A(B, metaclass=M):\n  x = 1", "async def f():\n  async with a: pass\n  async for b in c: pass",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g): pass", "def f(*, a): pass", "def f(a: int = 1, *b: str) -> None: pass",
    "lambda a, /, b=1, *c, d, **e: 0", "import a.b.c as d, e", "from .. import a", "from .m import (a as b, c)",
    "from m import *", "global a, b", "def f():\n  nonlocal a", "raise", "raise a from b", "assert a, b",
    "return", "x = 1; y = 2;", "type X = int", "type X[T] = list[T]", "def f[T: int, *Ts, **P](): pass",
    "class A[T]: pass", "match x:\n  case 1 | 2: pass\n  case [a, *_]: pass\n  case {'k': v, **r}: pass\n  case C(a, b=c) as d: pass\n  case None: pass\n  case -1: pass\n  case a.b: pass\n  case _: pass",
    "with (a as b, c as d): pass", "with (a, b): pass", "with (a): pass",
]


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit('run this under CPython 3.13')
    here = os.path.dirname(os.path.abspath(__file__))
    samples_dir = os.path.join(here, '..', 'tests', 'parser', 'samples')
    out = []
    for path in sorted(glob.glob(os.path.join(samples_dir, '*.py'))):
        with open(path, encoding='utf-8') as f:
            src = f.read()
        try:
            tree = ast.parse(src)
        except SyntaxError:
            continue
        out.append({'name': os.path.basename(path), 'source': src, 'dump': ast.dump(tree)})
    for src in SNIPPETS:
        out.append({'name': src, 'source': src, 'dump': ast.dump(ast.parse(src))})
    dest = os.path.join(here, '..', 'tests', 'parser', 'ast-dumps.json')
    with open(dest, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write('\n')
    print('wrote', len(out), 'dumps')


if __name__ == '__main__':
    main()
