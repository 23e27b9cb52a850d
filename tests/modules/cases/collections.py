# versions: 3.7 3.8 3.9 3.10 3.12 3.13
from collections import *
import collections.abc as cabc
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, P.__doc__, P.x.__doc__)
for t in ['P(1)','P(1,2,3)','P(1,2,z=3)','P(1,y=2,x=3)','P._make([1,2,3])','P(1,2)._replace(z=1)','namedtuple("A","1x")','namedtuple("A","class")','namedtuple("A","_x")','namedtuple("A","x x")','namedtuple("A","x y", defaults=[1])(0)','namedtuple("A","x y", defaults=[1])._field_defaults','P','hash(P(1,2))==hash((1,2))','P.__match_args__', 'isinstance(p, tuple)']:
  try: print(t, '->', repr(eval(t)))
  except Exception as e: print(t, '!!', type(e).__name__, e)
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0); print(d, d.maxlen, len(d), d[0], d[-1])
d.rotate(1); print(d); d.rotate(-2); print(d, d.pop(), d.popleft(), d.count(3), d.index(3))
d.extend('ab'); d.extendleft('xy'); print(d, list(reversed(d)), 3 in d)
print(deque(), deque('abc'), deque(range(3)) == deque([0, 1, 2]))
for t in ['deque().pop()','deque([1]).remove(2)','deque([1],1).insert(0,1)','deque([1])[5]','deque(maxlen=-1)']:
  try: eval(t)
  except Exception as e: print(type(e).__name__, e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), list(reversed(OrderedDict(a=1, b=2))))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), defaultdict(int), defaultdict(None), dd.default_factory)
try: defaultdict(1)
except TypeError as e: print(e)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c2 - c, c | c2, c & c2, +Counter(a=-1, b=2), -Counter(a=-1))
c.update('aaa'); c.subtract({'b': 10}); print(c, Counter())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child({'z': 0}), cm.parents)
try: del cm['b']
except KeyError as e: print('KeyError', e)
def gen(): yield 1
async def co(): pass
c_ = co()
for x in [[], {}, (), 'a', gen(), c_, iter([]), 1, len, set(), range(3), deque()]:
    print(type(x).__name__, [n for n in ['Iterable','Iterator','Generator','Coroutine','Awaitable','Sized','Container','Hashable','Callable','Sequence','MutableSequence','Mapping','MutableMapping','Set','MutableSet','Collection','Reversible'] if isinstance(x, getattr(cabc, n))])
c_.close()
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), cabc.Iterator), issubclass(It, cabc.Iterable), issubclass(list, cabc.Sequence), cabc.Iterable)
class M(cabc.Mapping):
    def __init__(self): self.d = {'a': 1}
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return 1
    def __iter__(self): return iter(self.d)
m = M(); print(m.get('a'), 'a' in m, list(m.items()), m == {'a': 1}, list(m.keys()))
