# pyco: versions=3.9+
src = """
def f():
    await something()
"""
try:
    compile(src, "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, "line", e.lineno)
