# pyco: versions=all
for seq in ([1, 2, 3], [1], "ab", 5):
    try:
        a, b = seq
        print("unpacked", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
