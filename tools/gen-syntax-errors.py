#!/usr/bin/env python3
"""gen-syntax-errors.py
Regenerates tests/parser/syntax-errors.json: for every source below, what each CPython version
(3.7 .. 3.13, found under `pyenv root`) reports when compiling it: the exception class, message,
line, offset, end line and end offset (or null when it compiles).

usage: python3 tools/gen-syntax-errors.py [--root PYENV_ROOT]
"""
import json
import os
import subprocess
import sys

VERSIONS = {
    '3.7': '3.7.16', '3.8': '3.8.18', '3.9': '3.9.18', '3.10': '3.10.13',
    '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0',
}

CASES = [
    # Characters readers paste from blogs and IMEs.
    "x = 1\u00a0+ 2", "x\u00a0= 1", "\u00a0x = 1", "x = 'a' \u00a0", "# \u00a0\nx=\u3000 1",
    "print(1\uff0c 2)", "print(\u201chello\u201d)", "x = 1\uff1b", "if x\uff1a\n  pass", "x = \u00a0(1)",
    "x = $", "a ? b", "x = `a`", "x = 1\n\u200b", "caf\u00e9 = 1\nprint(caf\u00e9)", "\ufb01 = 1",
    # Brackets.
    "f(1,\n", "x = (1,\n2]\n", "x = (1, 2]", "x = 1\n)", "x = [1, 2))", "foo(a, b\nbar(c)\n",
    "x = [1, 2\ny = 3\n", "print(\"hi\"\nprint(2)\n", "x = {1: 2\n", "(" * 300, "(" * 199,
    "x = [\n" + "(" * 250, "f(\nx = = 1\n", "f(x = = 1\n", "f(\n\nx y\n", "x = (1,\ny = 2\n",
    "a = (\nb = 1\n x x", "print('a' 'b'",
    # Strings.
    "s = \"abc\n", "s = \"\"\"abc\n\ndef", "x = 'abc", "'''", "x = (\n'abc\n", "x = '''\na",
    "s = b'\u00e9'", "s = '\\x4'", "s = '\\N{BULLET}'", "s = '\\N{NOPE}'", "b'\\xff'", "rb'\\d'",
    "u'x'", "ur'x'", "bu'x'", "Rb'x'", "fb'x'", "x = 'a' b'b'", "x = 'a\\\nb'",
    # Numbers.
    "1abc", "0777", "1_000_", "1__0", "0x", "0xg", "0b2", "0o8", "1e", "1e+", "1.2.3", "1.e5x",
    "0_7", "00", "0.5j", "1if x else 2", "a.1", "1.__class__", "1 .real", "07.5", "1_e5", "0b",
    "0b1_", "0o_1", "0x_1", "1.5_", "x = 1e400", "x = 0x1ffffffffffffffffff", "x = 1_2.3_4e-1_0j",
    "x = 5 if 1else 2",
    # Line continuation.
    "x = 1 \\ 2", "x = 1 \\", "x = \\\n1", "x = 1 \\\n", "x = (1 \\ 2)",
    # Indentation.
    "if x:\npass", "  x=1", "if x:\n  a\n b", "if x:\n\ta\n        b", "def f():\n  x = 1\n    y = 2",
    "if x:\n  y\n\n  z\n", "\tif x:\n", "x = 1\n\n\n  \n", "if 1:\n  pass\n  \n# c\n\tx",
    "if x:\n  a\n b = 1234", "if x:\n  a\n b = (1,\n2)", "if x:\n    a\n  \tb", "if x:\n        a\n\tb",
    "if x:\n\ta\n\tb\n        c", "x = 1\n  # comment\ny = 2", "if x:\n  y\n# c\n  z\n", "\x0cx = 1",
    "if x:\n\x0c  y", "if x:\n", "def f():\n", "class A:\n", "try:\n", "try:\n  x\nexcept:\n",
    "try:\n  x\nfinally:\n", "for x in y:\n", "while x:\n", "with a:\n", "if x:\n  y\nelif z:\n",
    "if x:\n  y\nelse:\n", "if x:\nelse:\n  y", "def f():\nreturn 1", "async def f():\npass",
    "try:\n  x\nexcept* E:\npass", "for x in y:\nprint(x)", "class A:\ndef f(self): pass",
    "def f():\n  x = 1\n y = 2", "if True:\n    print(1)\n  print(2)",
    "def f():\n\tif x:\n\t\treturn 1\n        return 2",
    # Statements and expressions.
    "print 1", "print 'hello'", "print x, y", "exec 'x'", "x = = 1\ny = \"ab", "x = 1 +", "a b", "f(a b)", "[1 2]",
    "x = 1 2", "a = 1 if b", "x = 1 if 2 else", "if x\n  y\n", "for x in y\n", "while x\n", "def f()\n",
    "class A\n", "x = {1: 2, 3}", "x = {1: }", "x = {1:2, **}", "else: pass", "x=1;;", "@x\ny = 1",
    "import a.b as c.d", "from . import *", "from x import (a, b,)", "from x import *, a", "from x import a,",
    "from x import", "import", "try:\n  x\ny", "try:\n  x\nexcept:\n  y\nexcept E:\n  z",
    "try:\n  x\nexcept E, F:\n  y", "try:\n  x\nexcept* E:\n  y", "try:\n  x\nexcept E:\n  y\nexcept* F:\n  z",
    "try:\n  x\nelse:\n  y", "if x = 1:\n  pass", "while x = 1: pass", "[a = 1]", "[f() = 1]",
    "f(a+1=2)", "[x, y for x, y in z]", "x = [i for i in range(3) if i else 0]", "lambda x: (yield)",
    "def f(x):\n  from y import *", "x = yield = 1", "x, y = yield", "def f(): x = yield",
    "nonlocal = 1", "a := 1", "(a.b := 1)", "(a := 1)", "[y := 1, y**2]", "f(x := 1)",
    "def f(a, /, b): pass", "def f(a=1, /, b): pass", "def f(a, /, b, /): pass", "def f(**k, a): pass",
    "def f(*a, *b): pass", "def f(*, **k): pass", "def f(*): pass", "def f(a=1, b): pass",
    "def f(a, a): pass", "lambda a, a: 1", "def f(**k=1): pass", "def f(*a=1): pass",
    "f(x=1, *y)", "f(x for x in y)", "f(*x for x in y)", "class A(x for x in y): pass",
    "f(x for x in y, 1)", "f(1, x for x in y)", "f(**a, b)", "f(a=1, a=2)", "f(x=1, y)",
    "f(**x, *y)", "[*a for a in b]", "{**a for a in b}", "x = *a", "print(*a if b else c)",
    "a, *b, *c = d", "*a = 1", "*a, = 1", "x = 1, *a", "del *a", "del (a, 1)", "del x, f()",
    "del [a, (b, f())]", "del f()", "del x.y, z[0]",
    # Assignment targets.
    "f() = 1", "1 = x", "'a' = 1", "a + b = 1", "(a, 1) = x", "[a, b()] = x", "x += 1, 2 = 3",
    "f() += 1", "a, b += 1", "(a, b) += 1", "x.y += 1", "None = 1", "True = 1", "x.None = 1",
    "lambda: 1 = 2", "a if b else c = 1", "(yield) = 1", "x = await = 1", "x = f() = 1",
    "f() = 1 = 2", "f() = lambda: 1", "x = 1 = 2", "f(a)(b) = 1", "(x) = 1", "((x)) : int = 1",
    "(x): int", "a, b: int", "x.y: int = 1", "f(): int", "[a, b]: int", "__debug__ = 1",
    "def f(__debug__): pass", "f(__debug__=1)", "a.b.c = 1", "f(**x)=1", "for 1 in x: pass",
    "with a as 1: pass", "[x for 1 in y]", "for x, f() in y: pass", "for a in b in c: pass",
    "with a as (b, f()): pass", "x = [1, 2] = 3", "{a: 1} = x", "a < b = 1", "not a = 1", "-a = 1",
    "'%s' % x = 1", "f'{x}' = 1", "... = 1", "x = (a for a in b) = 1",
    # Context errors (compiler / symbol table).
    "return", "return 1", "break", "continue", "yield x", "await x", "class A:\n  return 1",
    "for x in y:\n  def f():\n    break", "while 1:\n  class A:\n    continue", "async def f():\n  yield from x",
    "async def f():\n  yield 1\n  return 2", "async def f():\n  await x\nawait y", "def f():\n  await x",
    "def f():\n  async with a: pass", "def f():\n  async for a in b: pass", "def f():\n  [x async for x in y]",
    "async def f():\n  [x async for x in y]", "async with a: pass", "async for a in b: pass",
    "def f():\n  yield\n  return 1", "def f(x):\n  nonlocal x\n", "nonlocal x", "x = 1\nglobal x",
    "def f():\n  x = 1\n  global x", "def f():\n  global x\n  x = 1", "def f():\n  nonlocal y",
    "class A:\n  yield 1", "def f():\n  class A:\n    await x", "x = [await y for y in z]",
    "def f():\n  return [await y for y in z]", "async def f():\n  return [await y for y in z]",
    "async def f():\n  lambda: await x", "def f():\n  x = lambda: (yield)", "f(**{}, *[])",
    # f-strings.
    "f'{'", "f'{}'", "f'{x'", "f'{x!z}'", "f'{x!}'", "f'}'", "f'{x:{y'", "f'{ }'", "f'{x=!r:>10}'",
    "f'{a['b']}'", "f'{\"\\n\"}'", "f'{x\n}'", "f'{a b}'", "f'{a +}'", "f'{*a}'", "f'{yield}'",
    "f'{x:{y:{z}}}'", "f'{x:{y:{z:{w}}}}'", "f'{\"a\" \"b\"}'", "f'{x!r=}'", "f'{x = }'", "f'{x:=5}'",
    "f'{lambda x: 1}'", "f'{a:b}}'", "f'{#}'", "f'''{\nx # c\n}'''", "f'a' 'b' f'{c}'", "f'{x}' b'y'",
    "f'{x!r:{y}}'", "f'{{}}'", "f'{{x}}'", "f'{3.14:.2f}'", "f'{x!s:^10}'", "f\"{'a'}\"",
    "f'{f'{x}'}'", "f'{x:{'>'}10}'",
    # Beginner mistakes seen in the book's exercises.
    "print(\"hello\"", "if x == 1\n    print(x)", "def f(x):\nreturn x", "x = [1, 2, 3", "for i in range(10) print(i)",
    "else if x:\n  pass", "if x:\n  pass\nelse if y:\n  pass", "x === y", "x = 10\nprint(X", "x = (1 + 2))",
    "def f()\n  return 1", "async def main()\n  await asyncio.sleep(1)", "async def main():\nawait asyncio.sleep(1)",
    "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n  print('x')", "def f(a, b):\n    return a +\n",
    "class A:\n    def f(self):\n        pass\n   def g(self):\n        pass", "print(f'{x!r}')\nprint(f'{x!}')",
    "s = 'it's'", "s = \"say \"hi\"\"", "d = {'a': 1, 'b' 2}", "f(a, b c)", "x = 1\n  y = 2", "while True print(1)",
    "try:\n    x = 1\nprint(x)", "with open('f') as f\n    pass", "lambda x: return x", "x = yield from", "return x = 1",
    "def f():\n    return\n        x", "from asyncio import sleep as", "async with lock:\n    pass", "await asyncio.sleep(1)",
    "async def f():\n    yield 1\n    return 2", "def f():\n    await g()", "async def f():\n    x = [await g() for _ in range(3)]",
    "async def f():\n    async for x in y:\n        pass", "async def f(): return [x async for x in y]",
    "x = 1\ndef f():\n    global x\n    x = 2", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
    "print('a'\nprint('b')", "x = 1 +* 2", "x = [1,, 2]", "f(,)", "x = ()\nx[0] = 1", "if True:\n\tx = 1\n        y = 2",
    "\ufeffx = 1", "x = 1 # \u00a0 comment\ny = 2", "x\u3000= 1", "print(\u2018hi\u2019)", "x = 1\u2212 2", "x \u2014 1",
    "def f(x):\n    return x\u00a0", "y = x\u00a0if x else 0", "def f():\n\u00a0\u00a0\u00a0\u00a0return 1",
    # Version-dependent features.
    "if (n := 10) > 5: pass", "def f(a, /): pass", "with (open(a) as b, open(c) as d): pass",
    "with (a, b): pass", "match x:\n  case 1:\n    pass", "match = 1\nprint(match)", "match x:\n  case [a, *b]: pass\n  case {'k': v, **r}: pass\n  case P(x, y=0) | Q() as z: pass\n  case _: pass",
    "type X = int", "type = 1", "def f[T](x: T) -> T: pass", "class A[T]: pass", "try:\n  x\nexcept* E:\n  y",
    "@x[0]\ndef f(): pass", "@(lambda f: f)\ndef f(): pass", "@a.b(c)\ndef f(): pass", "x = a[*b]",
    "async = 1", "await = 1", "def f():\n  async = 1", "print(f'{x!r}')", "x = 1 <> 2",
    "def f(*, a): pass", "lambda *, a: a", "lambda: (yield)", "x[1:2, ::3]", "x = ...",
    "a = 1; b = 2;", "if x:\n  pass\nelif y:\n  pass\nelse:\n  pass",
    "async def f():\n  async with a as b, c as d:\n    async for x in y:\n      await z\n  return [i async for i in g()]",
    "def g():\n  x = yield\n  y = yield from z\n  await_ = 1",
    "class A(B, metaclass=M, *args, **kw):\n  '''doc'''\n  x: int = 1",
    "try:\n  pass\nexcept (A, B) as e:\n  raise X from e\nelse:\n  pass\nfinally:\n  pass",
    "global x, y\ndel x\nassert x, 'm'\nimport a.b as c, d\nfrom ..m import (x as y, z)",
]


def main():
    root = None
    if '--root' in sys.argv:
        root = sys.argv[sys.argv.index('--root') + 1]
    if root is None:
        root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True).stdout.strip() or os.path.expanduser('~/.pyenv')
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, '..', 'tests', 'parser', 'syntax-errors.json')
    child = r'''
import json, sys, warnings
warnings.simplefilter('ignore')
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "<main>", "exec", dont_inherit=True)
        out.append(None)
    except SyntaxError as e:
        out.append({"kind": type(e).__name__, "message": e.msg, "line": e.lineno, "column": e.offset,
                    "endLine": getattr(e, "end_lineno", None), "endColumn": getattr(e, "end_offset", None)})
    except Exception as e:
        out.append({"kind": type(e).__name__, "message": str(e), "line": 0, "column": 0, "endLine": None, "endColumn": None})
print(json.dumps(out))
'''
    results = {}
    for short, full in VERSIONS.items():
        exe = os.path.join(root, 'versions', full, 'bin', 'python3')
        if not os.path.exists(exe):
            print('missing', exe, file=sys.stderr)
            continue
        proc = subprocess.run([exe, '-c', child], input=json.dumps(CASES), capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            sys.exit(1)
        results[short] = json.loads(proc.stdout)
    table = []
    for i, src in enumerate(CASES):
        table.append({'source': src, 'expected': {v: results[v][i] for v in results}})
    # One line per (case, version) keeps the file reviewable in diffs.
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write('[\n')
        for i, case in enumerate(table):
            f.write(' {"source": ' + json.dumps(case['source'], ensure_ascii=False) + ', "expected": {\n')
            items = list(case['expected'].items())
            for j, (v, e) in enumerate(items):
                f.write('  ' + json.dumps(v) + ': ' + json.dumps(e, ensure_ascii=False) + (',' if j < len(items) - 1 else '') + '\n')
            f.write(' }}' + (',' if i < len(table) - 1 else '') + '\n')
        f.write(']\n')
    print('wrote', len(table), 'cases to', os.path.relpath(out_path))


if __name__ == '__main__':
    main()
