print(__name__)
if __name__ == "__main__":
    print("running as the main program")
print(__doc__, type(__builtins__).__name__ in ("module", "dict"))
def helper():
    """helper doc"""
print(helper.__module__, helper.__doc__)
import sys
print(sys.modules["__main__"].helper is helper)
