# versions: 3.7 3.8 3.9 3.10 3.12 3.13
import copy, string, textwrap, io
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
class A:
    def __init__(self): self.l = [1, [2]]; self.d = {'k': [3]}
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.l is a.l, c.l is a.l, c.l[1] is a.l[1], c.d == a.d, type(c).__name__)
l = [1, [2, 3]]; l2 = copy.deepcopy(l); l2[1].append(4); print(l, l2, copy.copy(l) is l)
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2)
P = namedtuple('P', 'x y'); p = P([1], 2); print(copy.deepcopy(p), copy.copy(p))
dd = defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); dd2['a'].append(2); print(dd, dd2)
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(Counter('aab')), copy.deepcopy(deque([[1]], maxlen=3)))
class S:
    __slots__ = ('x',)
    def __init__(self): self.x = [5]
s2 = copy.deepcopy(S()); print(s2.x)
class C:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy((1, 2)), copy.deepcopy({1: (2, [3])}))
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), string.capwords('hello   world foo'))
t = string.Template('$who likes ${what} $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers())
try: string.Template('$who $').substitute(who=1)
except ValueError as e: print(e)
try: t.substitute(who=1)
except KeyError as e: print('KeyError', e)
print(textwrap.wrap('The quick brown fox jumps over the lazy dog, well-known long-winded sentence here.', 20))
print(textwrap.fill('aaaaaaaaaaaaaaaaaaaaaaaaaaaaa bb', 10))
print(repr(textwrap.dedent('''
    a
      b

    c''')))
print(textwrap.shorten('Hello  world, this is long', 12), repr(textwrap.indent('a\n\nb\n', '> ')))
print(textwrap.fill('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 30, initial_indent='* ', subsequent_indent='  '))
f = io.StringIO(); print('hi', file=f); f.write('x'); print(repr(f.getvalue()), io.StringIO('a\nb').readlines())
