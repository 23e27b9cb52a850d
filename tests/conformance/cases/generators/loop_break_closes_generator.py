# pyco: versions=all
# A generator made by the `for` statement's own call is referred to by the loop alone:
# leaving the loop early (break, return, an exception) frees it, and CPython closes it then.
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("  cleanup", tag)


for x in numbers("break"):
    if x == 2:
        break
print("after break")


def first_over(limit):
    for x in numbers("return"):
        if x > limit:
            return x
print("first_over ->", first_over(3))


def failing():
    for x in numbers("raise"):
        if x == 1:
            raise ValueError("stop at 1")
try:
    failing()
except ValueError as e:
    print("caught", e)

try:
    for x in numbers("handled-here"):
        1 / x
except ZeroDivisionError:
    print("division by zero")

for x in numbers("outer"):
    for y in numbers("inner"):
        if y == 1:
            break
    if x == 1:
        break
print("nested loops done")

for x in numbers("exhausted"):
    pass
print("exhausted loop done")

it = numbers("kept")
for x in it:
    if x == 3:
        break
print("the variable still holds it:", next(it))
it.close()


def stubborn():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  stubborn saw GeneratorExit")
        raise

for x in stubborn():
    break
print("end")
