def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

def g():
    try:
        return "try"
    finally:
        return "finally wins"

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

print(f(), g(), h())
