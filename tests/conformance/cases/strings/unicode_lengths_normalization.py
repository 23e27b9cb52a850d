import unicodedata
s1 = "café"
s2 = "cafe\u0301"
print(len(s1), len(s2), s1 == s2)
print(unicodedata.normalize("NFC", s2) == s1, len(unicodedata.normalize("NFD", s1)))
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.category("9"))
print([hex(ord(c)) for c in s2])
print("👍🏽", len("👍🏽"), "🇫🇷", len("🇫🇷"))
