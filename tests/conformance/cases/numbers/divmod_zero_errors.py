for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(3, 0)", "0 ** -1", "2.0 // 0.0"):
    try:
        print(expr, "=", eval(expr))
    except ZeroDivisionError as e:
        print(expr, "-> ZeroDivisionError:", e)
