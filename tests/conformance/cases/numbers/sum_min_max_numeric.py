data = [4, -2, 7.5, 0, 3]
print(sum(data), sum(data, 100), min(data), max(data))
print(sum([0.1, 0.2, 0.3]), sum(range(101)), sum(x * x for x in range(10)))
print(max([], default="empty"), min([3, 1, 2], key=lambda v: -v))
print(abs(-3), abs(-2.5), abs(3 - 4j))
print(pow(2, 10), pow(2, 0.5), pow(-8, 2), pow(2, 10, 1000))
