data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 6])
values = iter([5, 0, 7])
while (v := next(values, None)) is not None:
    print("value", v, "is", "truthy" if v else "falsy")
print("max" if max(data) > 8 else "small", (lambda: "lambda")())
