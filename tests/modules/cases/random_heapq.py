# versions: 3.13
import random, heapq
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=4))
print(random.gauss(0, 1), random.gauss(0, 1), random.getrandbits(70), random.triangular(0, 10))
r = random.Random(7); print(r.random(), r.randint(1, 6), random.Random('hello').random(), random.Random(3.5).random())
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random(), st[0], len(st[1]))
for t in ['random.seed([1])','random.sample({1,2},1)','random.choices([1],[1],cum_weights=[1])','random.randrange(1.5)','random.randint(1,0)','random.choice([])','random.sample([1],2)']:
  try: print(t, '->', repr(eval(t)))
  except Exception as e: print(t, '!!', type(e).__name__, e)
h = []
for x in [5, 1, 4, 1, 3]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4], key=lambda x: -x))
h2 = [9, 3, 7, 1]; heapq.heapify(h2); print(h2, heapq.heapreplace(h2, 8), heapq.heappushpop(h2, 0), h2, list(heapq.merge([1, 4, 7], [2, 5], [3])))
try: heapq.heappop([])
except IndexError as e: print(e)
h3 = []; heapq.heappush(h3, (1, 'a')); heapq.heappush(h3, (1, 'b')); heapq.heappush(h3, (0, 'c')); print([heapq.heappop(h3) for _ in range(3)])
