# pyco: versions=all
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub cleanup")
        return "sub result"

def main_gen():
    r = yield from sub()
    print("never here", r)

g = main_gen()
next(g)
print("close:", g.close())
