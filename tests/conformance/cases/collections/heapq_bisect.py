import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nsmallest(2, [4, 1, 7, 0]), heapq.nlargest(2, [4, 1, 7, 0]))
data = [7, 2, 9, 4]
heapq.heapify(data); print(data)
print(heapq.heappushpop(data, 1), heapq.heapreplace(data, 10), data)
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4))
bisect.insort(s, 4); print(s)
