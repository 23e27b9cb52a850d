# pyco: versions=all
# A class whose __iter__ is a generator function: a for loop or generator expression over an
# instance owns the generator iter() makes, and closes it when it lets it go. An __iter__ that
# keeps the generator, or returns self, is left alone.
from inspect import getgeneratorstate as state
class Playlist:
    def __init__(self, songs):
        self.songs = songs
    def __iter__(self):
        try:
            for s in self.songs:
                yield s
        finally:
            print("playlist iteration closed")
p = Playlist(["a", "b", "c"])
for song in p:
    if song == "b":
        break
print("after break")
print(any(s == "a" for s in p))
print("after any")
print(next(s for s in p if s > "a"))
print("after next")
def find(pl, name):
    for s in pl:
        if s == name:
            return True
    return False
print(find(p, "a"))
class Keeper:
    def __init__(self):
        self.it = None
    def __iter__(self):
        self.it = self._gen()
        return self.it
    def _gen(self):
        try:
            yield 1
            yield 2
        finally:
            print("keeper closed")
k = Keeper()
for x in k:
    break
print("keeper kept:", state(k.it))
k.it.close()
class SelfIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
for x in SelfIter():
    break
print("end")
