import heapq
class Item:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag
    def __lt__(self, other):
        return self.key < other.key
for n in (4, 5, 6, 7):
    h = []
    for i in range(1, n + 1):
        heapq.heappush(h, Item(1, i))
    print(n, [heapq.heappop(h).tag for _ in range(n)])
