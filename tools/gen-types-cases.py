#!/usr/bin/env python3
"""Generates tests/types/fixtures/cases.json: small Python expressions over builtin types,
their JSON-encoded AST (a tiny subset the TypeScript test interprets without the VM) and the
result (repr or "ExcType: message") under every CPython 3.7-3.13 found via pyenv.

Usage: python3 tools/gen-types-cases.py   (re-runs itself under each interpreter)
"""

import ast
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'types', 'fixtures', 'cases.json')
CASES_FILE = os.path.join(HERE, 'gen-types-cases.txt')
VERSIONS = ['3.7.16', '3.8.18', '3.9.18', '3.10.13', '3.11.7', '3.12.1', '3.13.0']


def load_cases():
    with open(CASES_FILE, encoding='utf-8') as f:
        return [line.rstrip('\n') for line in f if line.strip() and not line.startswith('#')]


def enc_const(v):
    if v is None or isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {'int': str(v)}
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, complex):
        return {'complex': [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes):
        return {'bytes': list(v)}
    if v is Ellipsis:
        return {'ellipsis': True}
    raise ValueError('unsupported constant %r' % (v,))


OPS = {
    ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.Div: '/', ast.FloorDiv: '//', ast.Mod: '%',
    ast.Pow: '**', ast.LShift: '<<', ast.RShift: '>>', ast.BitAnd: '&', ast.BitOr: '|',
    ast.BitXor: '^', ast.MatMult: '@',
}
CMPS = {
    ast.Lt: '<', ast.LtE: '<=', ast.Eq: '==', ast.NotEq: '!=', ast.Gt: '>', ast.GtE: '>=',
    ast.In: 'in', ast.NotIn: 'not in', ast.Is: 'is', ast.IsNot: 'is not',
}
UNARY = {ast.USub: '-', ast.UAdd: '+', ast.Not: 'not', ast.Invert: '~'}


def conv(n):
    if isinstance(n, ast.Constant):
        return {'k': 'const', 'v': enc_const(n.value)}
    if hasattr(ast, 'Num') and isinstance(n, getattr(ast, 'Num')) and not isinstance(n, ast.Constant):
        return {'k': 'const', 'v': enc_const(n.n)}
    if hasattr(ast, 'Str') and isinstance(n, getattr(ast, 'Str')) and not isinstance(n, ast.Constant):
        return {'k': 'const', 'v': n.s}
    if hasattr(ast, 'NameConstant') and isinstance(n, getattr(ast, 'NameConstant')) and not isinstance(n, ast.Constant):
        return {'k': 'const', 'v': enc_const(n.value)}
    if hasattr(ast, 'Bytes') and isinstance(n, getattr(ast, 'Bytes')) and not isinstance(n, ast.Constant):
        return {'k': 'const', 'v': enc_const(n.s)}
    if hasattr(ast, 'Ellipsis') and isinstance(n, getattr(ast, 'Ellipsis')) and not isinstance(n, ast.Constant):
        return {'k': 'const', 'v': {'ellipsis': True}}
    if isinstance(n, ast.Name):
        return {'k': 'name', 'id': n.id}
    if isinstance(n, ast.NamedExpr):
        return {'k': 'walrus', 'id': n.target.id, 'v': conv(n.value)}
    if isinstance(n, ast.Attribute):
        return {'k': 'attr', 'obj': conv(n.value), 'name': n.attr}
    if isinstance(n, ast.Call):
        args = []
        for a in n.args:
            if isinstance(a, ast.Starred):
                args.append({'k': 'star', 'v': conv(a.value)})
            else:
                args.append(conv(a))
        kws = []
        for k in n.keywords:
            if k.arg is None:
                kws.append(['**', conv(k.value)])
            else:
                kws.append([k.arg, conv(k.value)])
        return {'k': 'call', 'f': conv(n.func), 'args': args, 'kw': kws}
    if isinstance(n, ast.BinOp):
        return {'k': 'binop', 'op': OPS[type(n.op)], 'l': conv(n.left), 'r': conv(n.right)}
    if isinstance(n, ast.UnaryOp):
        return {'k': 'unary', 'op': UNARY[type(n.op)], 'v': conv(n.operand)}
    if isinstance(n, ast.Compare):
        return {'k': 'cmp', 'ops': [CMPS[type(o)] for o in n.ops], 'l': conv(n.left), 'rs': [conv(c) for c in n.comparators]}
    if isinstance(n, ast.BoolOp):
        return {'k': 'boolop', 'op': 'and' if isinstance(n.op, ast.And) else 'or', 'vs': [conv(v) for v in n.values]}
    if isinstance(n, ast.IfExp):
        return {'k': 'ifexp', 't': conv(n.test), 'a': conv(n.body), 'b': conv(n.orelse)}
    if isinstance(n, ast.Subscript):
        sl = n.slice
        if hasattr(ast, 'Index') and isinstance(sl, getattr(ast, 'Index')):
            sl = sl.value
        if hasattr(ast, 'ExtSlice') and isinstance(sl, getattr(ast, 'ExtSlice')):
            raise ValueError('extslice')
        return {'k': 'sub', 'obj': conv(n.value), 'idx': conv(sl)}
    if isinstance(n, ast.Slice):
        f = lambda x: None if x is None else conv(x)
        return {'k': 'slice', 'lo': f(n.lower), 'hi': f(n.upper), 'st': f(n.step)}
    if isinstance(n, ast.List):
        return {'k': 'list', 'elts': [conv(e) for e in n.elts]}
    if isinstance(n, ast.Tuple):
        return {'k': 'tuple', 'elts': [conv(e) for e in n.elts]}
    if isinstance(n, ast.Set):
        return {'k': 'set', 'elts': [conv(e) for e in n.elts]}
    if isinstance(n, ast.Dict):
        return {'k': 'dict', 'keys': [conv(k) for k in n.keys], 'vals': [conv(v) for v in n.values]}
    raise ValueError('unsupported node %s' % type(n).__name__)


def run_child():
    import warnings
    warnings.simplefilter('ignore')
    out = {}
    for src in json.loads(sys.stdin.read()):
        try:
            value = eval(compile(src, '<case>', 'eval'), {})
            res = 'OK ' + repr(value)
        except SyntaxError as e:
            res = 'SKIP'
        except BaseException as e:
            res = 'ERR %s: %s' % (type(e).__name__, e)
        out[src] = res
    sys.stdout.write(json.dumps(out))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--child':
        run_child()
        return
    cases = load_cases()
    root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True).stdout.strip()
    results = {}
    for v in VERSIONS:
        exe = os.path.join(root, 'versions', v, 'bin', 'python3')
        if not os.path.exists(exe):
            continue
        env = dict(os.environ, PYTHONHASHSEED='0')
        p = subprocess.run([exe, __file__, '--child'], input=json.dumps(cases), capture_output=True, text=True, env=env)
        if p.returncode != 0:
            sys.stderr.write(p.stderr)
            raise SystemExit('child %s failed' % v)
        results[v.rsplit('.', 1)[0]] = json.loads(p.stdout)
    fixture = []
    for src in cases:
        tree = conv(ast.parse(src, mode='eval').body)
        expected = {}
        for minor, res in results.items():
            expected[minor] = res[src]
        # Keep the file small: store 3.13's result and only the versions that differ.
        base = expected.get('3.13')
        fixture.append({'src': src, 'ast': tree, 'expect': base, 'versions': {m: r for m, r in expected.items() if r != base}})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(fixture, f, ensure_ascii=False, indent=0)
        f.write('\n')
    print('wrote %d cases to %s' % (len(fixture), OUT))


if __name__ == '__main__':
    main()
