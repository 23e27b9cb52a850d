print([ord(c) for c in "Az09 ~"])
print("".join(chr(c) for c in range(65, 91)))
print(chr(0x263A), ord("€"), hex(ord("😀")), chr(128512))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
