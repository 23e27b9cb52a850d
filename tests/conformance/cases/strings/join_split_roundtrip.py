csv_line = "name;age;city\nAnn;31;Oslo\nBo;25;Rome"
rows = [line.split(";") for line in csv_line.splitlines()]
header, *body = rows
for r in body:
    print(dict(zip(header, r)))
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)))
print("|".join(["", "a", "", "b", ""]).split("|"))
print("a,b,,c".split(",", maxsplit=2), " x  y ".split(" "))
