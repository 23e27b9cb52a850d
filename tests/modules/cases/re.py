# versions: 3.8 3.11 3.13
import re
text = "Order 66: ship 3 crates to 221B Baker St by 2024-05-17."
print(re.findall(r"\d+", text), re.findall(r"(\w)(\d)", "a1 b2"), re.findall(r"x*", "axb"))
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
print(m, m.group(0), m.groups(), m.start(), m.span(2), m.end(1), m[1], m.group(1, 3), m.lastindex)
print(re.sub(r"\s+", " ", "a   b \t c"), re.split(r"[,;]\s*", "a, b;c"), re.split(r"(,)", "a,b,c"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
pat = re.compile(r"(?P<word>[A-Z][a-z]+)")
print([m.group("word") for m in pat.finditer(text)], pat, pat.groupindex, pat.groups, pat.pattern)
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.match(r"b", "abc"), re.match(r"a|ab", "ab"), re.fullmatch(r"a|ab", "ab"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"), re.escape("a.b*c d-e"), re.sub(r"(?P<x>\d)", r"<\g<x>>", "a1b2"), re.subn("a", "b", "aaa", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.compile("a", re.I | re.M), re.search("^b", "a\nb", re.M), re.search("a$", "a\n"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE), re.search(r".", "\n"), re.search(r".", "\n", re.S))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe"); print(m.groupdict(), m.expand(r"\g<last>, \1"), m.lastgroup, m.re, m.string, m.pos, m.endpos)
print(re.search(r"(a)?b", "b").groups(), re.search(r"(a)?b", "b").groups("-"), re.compile(r"""
   \d+  # digits
   \.   # dot
   \d*  # more
""", re.VERBOSE).findall("3.14 and 2."), re.findall(r"\bfoo\b", "foo foobar (foo)"))
for bad in [r"(", r"[a", r"a{1,2", r"\q"]:
    try: re.compile(bad)
    except re.error as e: print('error', type(e).__name__)
print(re.sub("x*", "-", "abxd"), re.split(r"\b", "a b"), re.findall("", "ab"), re.search(r"é+", "café"), re.match(r"(?i)ABC", "abc"))
print(re.compile(r"\d").search("ab12", 3), re.compile(r"^a").search("ba", 1), re.compile(r"\w+").findall("ab cd ef", 2, 6))
