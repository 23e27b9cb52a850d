items = ["tea", "bread", "jam"]
prices = [2.5, 3, 4.25]
out = ""
for i, (it, p) in enumerate(zip(items, prices), 1):
    out += "%d. %-6s %6.2f\n" % (i, it, p)
print(out, end="")
print("\n".join("{}. {:<6} {:>6.2f}".format(i, it, p) for i, (it, p) in enumerate(zip(items, prices), 1)))
lines = [f"{i}. {it:<6} {p:>6.2f}" for i, (it, p) in enumerate(zip(items, prices), 1)]
print(lines[-1])
print(f"total: {sum(prices):.2f}", "items: " + ", ".join(items))
