for text, base in [("777", 8), ("zz", 36), ("1010", 2), ("ff", 16), ("0x1F", 16), ("10", 0), ("0b11", 0)]:
    print(text, base, int(text, base))
for bad in ("12a", "", "0x", "1 2"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
