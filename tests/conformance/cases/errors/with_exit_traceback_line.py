# pyco: versions=all
# Which line/position a traceback shows for a with statement whose __exit__ raises.
import traceback

class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise ValueError("exit failed")

def normal_exit():
    with Faulty() as f:
        x = 1
        y = x + 1

def exceptional_exit():
    with Faulty():
        raise KeyError("body")

for fn in (normal_exit, exceptional_exit):
    try:
        fn()
    except ValueError:
        traceback.print_exc()
normal_exit()
