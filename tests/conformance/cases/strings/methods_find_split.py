s = "one,two,,three"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split())
print("  a  b   c ".split(), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print(s.find("two"), s.find("four"), s.rfind(","), s.index("t"), s.count(","))
print(s.startswith("one"), s.endswith(("x", "three")), s.partition(","), s.rpartition(","))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), ", ".join(map(str, range(4))))
print(s.replace(",", ";"), s.replace(",", "", 2), "aaa".replace("a", "b", 1))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
