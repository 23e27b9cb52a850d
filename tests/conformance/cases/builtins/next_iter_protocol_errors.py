class NotIter:
    pass
for obj in (NotIter(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
it = iter("ab")
print(iter(it) is it, next(it), list(it), list(it))
