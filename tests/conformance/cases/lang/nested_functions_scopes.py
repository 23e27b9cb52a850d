x = "global"
def outer():
    x = "enclosing"
    def inner():
        print("inner sees", x)
    inner()
    def rebinder():
        nonlocal x
        x = "rebound"
    rebinder()
    print("outer now has", x)
def setter():
    global x
    x = "changed globally"
outer()
setter()
print(x)
def broken():
    print(y)
    y = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
