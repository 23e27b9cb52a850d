try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
