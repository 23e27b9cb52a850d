cases = ["5()", "None[0]", "len(5)", "[1, 2]['a']", "{}[[]]", "iter(5)", "'abc' * 2.0", "-'x'", "next([1])"]
for c in cases:
    try:
        eval(c)
    except TypeError as e:
        print(f"{c:<14} TypeError: {e}")
