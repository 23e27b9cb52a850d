def divmod_plus(a, b):
    return a // b, a % b, a / b
q, r, exact = divmod_plus(17, 5)
print(q, r, exact, divmod_plus(9, 3))
def nothing():
    pass
def early(x):
    if x:
        return
    print("not early")
print(nothing(), early(1), early(0))
