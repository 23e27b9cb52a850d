inventory = {"fruits": {"apple": 3, "pear": 0}, "veg": {"leek": 2}}
inventory["fruits"]["kiwi"] = 5
inventory.setdefault("grains", {})["rice"] = 10
for section, items in inventory.items():
    for name, qty in sorted(items.items()):
        print(f"{section:>7}: {name:<6} {qty:>3}")
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(grid)
print(bad)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
