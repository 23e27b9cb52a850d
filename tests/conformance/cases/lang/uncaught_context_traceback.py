def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup()

work()
