# versions: 3.13
import operator as op, json, bisect
print(op.add(1,2), op.mul('a',3), op.truediv(1,2), op.neg(3), op.not_(0), op.itemgetter(1)([1,2]), op.itemgetter(0,2)('abc'))
print(op.itemgetter(1), op.attrgetter('a', 'b.c'), op.methodcaller('f', 1, k=2))
class A: pass
a = A(); a.a = 1; a.b = A(); a.b.c = 2
print(op.attrgetter('a', 'b.c')(a), op.methodcaller('upper')('x'), op.contains([1], 1), op.countOf([1,1,2],1), op.indexOf('abc','c'))
print(op.lt(1,2), op.eq('a','a'), op.index(5), op.concat([1],[2]), op.is_(None, None), op.truth([]))
l = [1]; op.iadd(l, [2]); print(l, op.length_hint([1,2]))
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'é"\n'}), json.dumps([1,[2,{}],[]], indent=2))
print(json.dumps({"b":1,"a":[1,2]}, sort_keys=True, indent='\t'), json.dumps({1: 2, True: 3, None: 4}), json.dumps("é", ensure_ascii=False))
print(json.dumps({"a":1,"b":[1,2]}, separators=(",",":")), json.dumps([float('inf'), float('nan'), -0.0, 1e100, 10**20]))
print(json.loads('{"a": [1, 2.5, null, true, false, "x\\u00e9\\n"], "b": {}}'), json.loads(' [1e400, -Infinity, NaN] '))
for s in ['', '[1,]', '{"a":1,}', '{1:2}', '{"a" 1}', '[1 2]', '"abc', '[1] x', '"\\q"', '"\\u12"', '"a\nb"', '  [1,\n 2,\n x]', '{"a":1 "b":2}', 'nul']:
    try: json.loads(s)
    except json.JSONDecodeError as e: print(type(e).__name__, e, e.pos, e.lineno, e.colno, e.msg)
for o in [object(), {(1,2):3}, float('nan')]:
    try: json.dumps(o, allow_nan=False)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = [1,[2]]; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps(object(), default=lambda o: 'OBJ'), json.loads('[1,2]', object_hook=None), json.loads('{"a":1}', object_hook=lambda d: sorted(d)))
class E(json.JSONEncoder):
    def default(self, o): return list(o)
print(json.dumps({'s': {1}}, cls=E), isinstance(json.JSONDecodeError('x', 'y', 0), ValueError))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a, bisect.bisect([(1,'a'),(3,'b')], 2, key=lambda x: x[0]))
try: bisect.bisect(a, 1, -1)
except ValueError as e: print(e)
