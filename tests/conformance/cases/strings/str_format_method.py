print("{} and {}".format("spam", "eggs"))
print("{1} then {0} then {1}".format("a", "b"))
print("{name} is {age} years".format(name="Zoe", age=7))
print("{0[0]} {0[1]} {1.real}".format(["x", "y"], 3 + 2j))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x}".format(3.14159, 5, 1234567, 255))
data = {"k": "v"}
print("{d[k]}".format(d=data), "{!r}".format("quoted"), "{{escaped}}".format())
