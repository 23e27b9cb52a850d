# pyco: versions=all
for expr in ("[1][5]", "'ab'[9]", "(1,)[2]", "range(3)[7]", "[][0]", "[1,2].pop(7)", "'x'[1.5]", "[1]['a']"):
    try:
        eval(expr)
    except (IndexError, TypeError) as e:
        print(f"{expr:14} {type(e).__name__}: {e}")
