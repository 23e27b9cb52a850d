import operator as op
print(op.add(2, 3), op.mul("a", 3), op.neg(5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 2))
print(op.itemgetter(1)([5, 6, 7]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3 + 4j))
print(op.methodcaller("upper")("shout"), op.lt(1, 2), op.contains([1], 1), op.not_(0))
from functools import reduce
print(reduce(op.mul, range(1, 8)))
