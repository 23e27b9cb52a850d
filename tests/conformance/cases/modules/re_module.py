import re
text = "Order 66: ship 3 crates to 221B Baker St by 2024-05-17."
print(re.findall(r"\d+", text))
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
print(m.group(0), m.groups(), m.start(), m.span(2))
print(re.sub(r"\s+", " ", "a   b \t c"), re.split(r"[,;]\s*", "a, b;c"))
pat = re.compile(r"(?P<word>[A-Z][a-z]+)")
print([m.group("word") for m in pat.finditer(text)])
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.match(r"b", "abc"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"), re.escape("a.b*c"))
