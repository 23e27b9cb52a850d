name, value, ratio = "widget", 1234.5, 0.4567
print(f"{name!r:>10}|{name!s:<10}|{name:^10}|")
print(f"{value:>12,.2f}|{value:<+12.1f}|{ratio:.2%}|")
width, prec = 10, 3
print(f"{value:{width}.{prec}f}|{name:{'*'}^{width}}|")
print(f"{3 + 4 = }", f"{name = }", f"{ratio=:.1f}")
items = {"a": 1, "b": 2}
print(f"{items['a']} {len(items)} {[x * 2 for x in range(3)]}")
print(f"{{literal braces}} {'nested ' + f'{1 + 1}'}")
print(f"{'left':<6}{'right':>6}")
print(f"{12:#06x} {-3.5:08.2f} {7:_b}")
