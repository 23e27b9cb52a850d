# versions: 3.8 3.13
import pprint
data = {'name': 'Widget', 'tags': ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'], 'dims': {'w': 10, 'h': 20, 'd': 5}, 'matrix': [[1, 2, 3], [4, 5, 6], [7, 8, 9]], 'notes': 'a long string ' * 8, 'b': (1, 2, 3), 'set': {3, 1, 2}}
pprint.pprint(data)
pprint.pprint({'b': 1, 'a': 2})
pprint.pp({'b': 1, 'a': 2})
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(data, width=40, indent=2)
print(pprint.pformat([{'x': i, 'y': [i] * 5} for i in range(4)]))
pprint.pprint(('single',) * 1)
pprint.pprint([[]], width=1)
pprint.pprint({'key': {'nested': {'deep': list(range(20))}}}, depth=2)
print(pprint.saferepr({'b': [1], 'a': 2}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l)
print(pprint.isrecursive(l))
