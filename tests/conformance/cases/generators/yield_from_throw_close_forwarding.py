# pyco: versions=all
class Stop(Exception):
    pass

def sub():
    try:
        while True:
            try:
                x = yield
                print("sub got", x)
            except ValueError as e:
                print("sub handled", e)
    finally:
        print("sub finally")

def mid():
    r = yield from sub()
    print("mid never", r)

def top():
    try:
        yield from mid()
    except Stop:
        print("top caught Stop")
        yield "after stop"

t = top()
next(t)
t.send(1)
t.throw(ValueError("v"))
print(t.throw(Stop))
t.close()

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

def deleg():
    r = yield from It()
    print("r", r)
    yield "end"

d = deleg()
print(next(d))
try:
    d.send(5)
except AttributeError as e:
    print("AttributeError:", e)
d = deleg()
next(d)
try:
    d.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
d = deleg()
next(d)
d.close()
print("closed plain iter deleg")

class WithClose(It):
    def close(self):
        print("WithClose.close called")
    def throw(self, *a):
        print("WithClose.throw", a[0] if isinstance(a[0], type) else type(a[0]).__name__)
        return 99
d = (lambda: (yield from WithClose()))()
next(d)
print(d.throw(ValueError))
d.close()

def ret_sub():
    yield 1
    return "sub-result"
def use():
    v = yield from ret_sub()
    return v.upper()
g = use()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

def sub2():
    try:
        yield 1
    except GeneratorExit:
        print("sub2 GE")
        raise
def outer2():
    try:
        yield from sub2()
    except GeneratorExit:
        print("outer2 GE")
        raise
g = outer2()
next(g)
g.close()
def sub3():
    try:
        yield 1
    except GeneratorExit:
        return "ignored?"
def outer3():
    r = yield from sub3()
    print("outer3 got", r)
    yield 2
g = outer3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
