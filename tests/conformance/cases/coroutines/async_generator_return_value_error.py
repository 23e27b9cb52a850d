# pyco: versions=all
src = """
async def g():
    yield 1
    return 2
"""
try:
    compile(src, "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
src2 = """
async def h():
    yield from [1, 2]
"""
try:
    compile(src2, "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
