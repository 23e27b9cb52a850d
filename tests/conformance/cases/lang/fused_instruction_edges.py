# pyco: versions=3.8,3.10,3.11,3.12,3.13
# Pairs of instructions the VM runs as one (superinstructions): each half must fail, branch and
# report its position exactly as the two separate instructions do.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()


def second_local_unbound():
    a = 1
    print(a, b)  # LOAD_FAST a, LOAD_FAST b: b is unbound
    b = 2


def index_unbound():
    items = [1, 2, 3]
    print(items[i])  # LOAD_FAST items, LOAD_FAST i (unbound), BINARY_SUBSCR
    i = 0


def store_index_unbound():
    items = [1, 2, 3]
    items[k] = 5
    k = 0


class Falsy:
    def __init__(self, fail):
        self.fail = fail

    def __bool__(self):
        if self.fail:
            raise ValueError("no truth here")
        return False


def bool_fails():
    x = Falsy(True)
    if x:
        print("unreachable")


def compare_fails():
    a = 1
    b = "1"
    if a < b:
        print("unreachable")


for fn in (second_local_unbound, index_unbound, store_index_unbound, bool_fails, compare_fails):
    show(fn)


def branches(values):
    out = []
    for v in values:
        x = v
        if x:
            out.append("t")
        else:
            out.append("f")
        while x:
            x = None
        n = v if type(v) is int else 0
        if n == 3 or n < -1:
            out.append("cmp")
        if not n != 0:
            out.append("zero")
    return out


print(branches([0, 1, "", "a", None, [], [0], 3, -5, 2.5, Falsy(False), True, False]))
print(1 < 2.5, 2 ** 70 > 2 ** 69, "a" < "b", (1, 2) < (1, 3))


def subscripts():
    data = [10, 20, 30]
    i = -1
    print(data[i], data[-3])
    data[i] = 99
    print(data)
    try:
        j = 3
        data[j] = 0
    except IndexError as e:
        print("IndexError:", e)
    try:
        j = 5
        print(data[j])
    except IndexError as e:
        print("IndexError:", e)
    big = 2 ** 80
    try:
        print(data[big])
    except IndexError as e:
        print("IndexError:", e)
    t = (1, 2)
    k = 1
    print(t[k])
    d = {1: "one"}
    print(d[k])
    d[k] = "uno"
    print(d)
    flag = True
    print(data[flag])

    class Logged(list):
        def __getitem__(self, idx):
            print("get", idx)
            return super().__getitem__(idx)

        def __setitem__(self, idx, v):
            print("set", idx, v)
            super().__setitem__(idx, v)

    lg = Logged([1, 2])
    n = 0
    lg[n] = lg[n] + 1
    print(lg)


subscripts()


def loops():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x == 1:
            items.append(4)  # the list iterator sees items appended during the loop
    print(seen)
    for r in range(3, 0, -1):
        pass
    print(r)
    for y in []:
        pass
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__)
    a, b = 1, 2
    a, b = b, a
    print(a, b)


loops()


def huge_indices():
    # Beyond a C Py_ssize_t: IndexError for subscripts, OverflowError for arguments.
    data = [1, 2]
    for f in (lambda: data[2 ** 80], lambda: data[-2 ** 80], lambda: (1, 2)[2 ** 64],
              lambda: "ab"[2 ** 70], lambda: b"ab"[2 ** 70], lambda: data[2 ** 62],
              lambda: data.insert(2 ** 80, 0), lambda: data.pop(2 ** 80),
              lambda: bytearray(b"x").pop(2 ** 80)):
        try:
            print(f())
        except (IndexError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        data[2 ** 64] = 0
    except IndexError as e:
        print("IndexError", e)
    try:
        del data[-2 ** 64]
    except IndexError as e:
        print("IndexError", e)


huge_indices()
