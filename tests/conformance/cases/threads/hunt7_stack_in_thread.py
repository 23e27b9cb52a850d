# pyco: versions=all oracle=plain
# traceback.print_stack() in a thread: the stack starts in threading.py (Thread._bootstrap,
# _bootstrap_inner, run), with CPython's lines for each version.
import sys
import threading
import traceback


def work(tag):
    traceback.print_stack(file=sys.stdout)
    names = [fs.name for fs in traceback.extract_stack()]
    print(tag, names)


t = threading.Thread(target=work, args=("worker",))
t.start()
t.join()
print("joined")
