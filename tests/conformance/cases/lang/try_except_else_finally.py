def attempt(x):
    try:
        print("trying", x)
        r = 10 / x
    except ZeroDivisionError:
        print("  division by zero")
        return "error"
    except TypeError as e:
        print("  type problem:", e)
        return "type"
    else:
        print("  no exception, r =", r)
        return r
    finally:
        print("  finally for", x)

for v in (2, 0, "s"):
    print("->", attempt(v))
