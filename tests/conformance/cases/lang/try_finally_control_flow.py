def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        return "from except"
    finally:
        print("outer finally")
print(nested())
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise
        finally:
            print("finally during re-raise")
try:
    reraise()
except ValueError as e:
    print("re-raised", e)
