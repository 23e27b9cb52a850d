# pyco: versions=all
# An uncaught KeyboardInterrupt: traceback, finally blocks run, then CPython 3.8+ ends by
# re-raising SIGINT on itself (exit status -2 from subprocess, 130 in a shell); 3.7 exits with 1.
def handler():
    try:
        raise KeyboardInterrupt
    finally:
        print("finally runs")

print("start")
handler()
