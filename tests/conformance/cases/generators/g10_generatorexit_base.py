# pyco: versions=all
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def careless():
    try:
        yield 1
    except Exception:
        print("except Exception does NOT catch GeneratorExit")
    finally:
        print("finally runs")

g = careless()
next(g)
g.close()
print("closed cleanly")
