class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        if isinstance(pos, slice):
            return f"slice {pos.start}:{pos.stop}:{pos.step}"
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside grid")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
g = Grid(3, 2)
g[1, 1] = "#"
g[0, 0] = "@"
for y in range(2):
    print("".join(g[x, y] for x in range(3)))
print(g[1:5], g[::2])
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
