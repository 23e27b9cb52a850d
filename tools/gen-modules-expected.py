#!/usr/bin/env python3
"""Generates tests/modules/expected/*.json from CPython for the standard-library module tests.

Each tests/modules/cases/NAME.py runs under every CPython version listed in its first line
(`# versions: 3.8 3.13`, default 3.13) as a file named `<main>` (so tracebacks and warnings
say `<main>`, like our runtime), with TZ=UTC. stdout, stderr and the exit code are recorded.

Usage: python3 tools/gen-modules-expected.py [NAME ...]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, 'tests', 'modules', 'cases')
EXPECTED = os.path.join(ROOT, 'tests', 'modules', 'expected')
PYENV = subprocess.run(['pyenv', 'root'], capture_output=True, text=True).stdout.strip() or os.path.expanduser('~/.pyenv')
FULL = {'3.7': '3.7.16', '3.8': '3.8.18', '3.9': '3.9.18', '3.10': '3.10.13',
        '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}


def versions_of(source):
    first = source.split('\n', 1)[0]
    if first.startswith('# versions:'):
        return first.split(':', 1)[1].split()
    return ['3.13']


def run(version, source):
    exe = os.path.join(PYENV, 'versions', FULL[version], 'bin', 'python3')
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, '<main>')
        with open(path, 'w') as f:
            f.write(source)
        env = dict(os.environ, TZ='UTC', PYTHONHASHSEED='0', LC_ALL='C.UTF-8', PYTHONIOENCODING='utf-8')
        env.pop('PYTHONWARNINGS', None)
        p = subprocess.run([exe, '<main>'], cwd=d, capture_output=True, text=True, env=env, timeout=60)
        norm = lambda s: s.replace(path, '<main>')
        return {'stdout': norm(p.stdout), 'stderr': norm(p.stderr), 'exitCode': p.returncode}


def main():
    os.makedirs(EXPECTED, exist_ok=True)
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(CASES) if f.endswith('.py'))
    for name in names:
        with open(os.path.join(CASES, name + '.py')) as f:
            source = f.read()
        out = {v: run(v, source) for v in versions_of(source)}
        with open(os.path.join(EXPECTED, name + '.json'), 'w') as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print(name, ', '.join(out))


if __name__ == '__main__':
    main()
