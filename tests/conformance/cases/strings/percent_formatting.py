print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%5s|%-5s|%05d|%x|%o|%e|%g" % ("ab", "cd", 42, 255, 8, 12345.678, 0.0001))
print("%(who)s likes %(what)s" % {"who": "Ann", "what": "tea"})
print("%r %a" % ("é", "é"), "%c%c" % (72, "i"), "100%%")
print("%.3s" % "abcdef", "%*d" % (5, 42), "%-*d|" % (5, 42))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
