samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "bell\a", "\x00nul", "é", "日本", "emoji 🙂", "\u200b", "\x7f", "\U0001F600", "\r"]
for s in samples:
    print(repr(s), len(s))
print(ascii("é日🙂"), ascii("plain"))
print(str(b"bytes\n\xff"), repr(bytes([0, 65, 255])))
