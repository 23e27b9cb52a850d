def parse(s):
    return int(s)

def read_config(raw):
    try:
        return parse(raw)
    except ValueError as e:
        raise RuntimeError("config unreadable") from e

print("start")
read_config("12a")
