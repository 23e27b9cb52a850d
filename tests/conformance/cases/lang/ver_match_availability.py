# pyco: versions=all
src = """
match point:
    case (0, 0):
        print("origin")
    case (x, 0):
        print("on x axis at", x)
    case _:
        print("elsewhere")
"""
for point in [(0, 0), (3, 0), (1, 1)]:
    try:
        exec(src, {"point": point})
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
        break
