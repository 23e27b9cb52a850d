for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, TimeoutError, StopIteration,
            KeyboardInterrupt, SystemExit, RecursionError, NotImplementedError, UnicodeDecodeError, ModuleNotFoundError):
    print(exc.__name__, "->", " > ".join(c.__name__ for c in exc.__mro__[1:]))
