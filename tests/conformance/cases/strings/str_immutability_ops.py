a = "abc"
b = a
a += "d"
print(a, b, a is b)
print("ab" * 3, 3 * "xy", "-" + "=" * 10)
print(str(123) + str(4.5) + str(None) + str([1, "2"]) + str({"k": (1,)}))
try:
    "n" + 1
except TypeError as e:
    print("TypeError:", e)
print(len(""), "".join([]), " ".strip() == "")
