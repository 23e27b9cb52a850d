# pyco: versions=all
for expr in ("{[1]: 2}", "set([[1]])", "(1)[0]", "len", "None.attr"):
    try:
        eval(expr)["x"] if expr == "len" else eval(expr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
