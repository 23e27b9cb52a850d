# pyco: versions=all
# Float floor division whose quotient is zero: CPython gives the zero the sign of the true
# quotient a / b (so -0.0 // 2 is -0.0 and -0.0 // -2.0 is 0.0), in // and in divmod(),
# inside a plain function and at module level.


def fdiv(a, b):
    return a // b, divmod(a, b), a % b, a / b


for a in (0.0, -0.0):
    for b in (2, -2, 2.0, -2.0, float('inf'), float('-inf')):
        print(repr(a), repr(b), fdiv(a, b))
print(-0.0 // 2, -0.0 // -2.0, 0.0 // -2, divmod(-0.0, -2.0))
print(1e-300 // 1e300, -1e-300 // -1e300, 3.0 // float('inf'), -3.0 // float('-inf'))
