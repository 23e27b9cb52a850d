cases = ["int('x')", "float('1.2.3')", "[].index(1)", "'a'.index('b')", "list(range(3)).remove(5)",
         "chr(0x110000)", "divmod(1, 0)", "max([])", "min([], key=len)", "'{}'.format()", "(1, 2).index(3)"]
for c in cases:
    try:
        eval(c)
    except Exception as e:
        print(f"{c:<26} {type(e).__name__}: {e}")
