# pyco: versions=3.7,3.9,3.11,3.13 oracle=plain
# An exception ends only its own thread: threading.excepthook reports it on stderr; the
# program goes on, waits for non-daemon threads at exit, and leaves daemon ones behind.
import sys
import threading
import time


def boom():
    raise ValueError("bad input")


class Worker(threading.Thread):
    def run(self):
        print("worker", self.name, "runs")
        1 / 0


t = threading.Thread(target=boom)
t.start()
t.join()
w = Worker(name="custom")
w.start()
w.join()
quiet = threading.Thread(target=sys.exit, args=(3,))
quiet.start()
quiet.join()
print("main continues")
seen = []
if sys.version_info >= (3, 8):
    threading.excepthook = lambda args: seen.append((args.exc_type.__name__, args.thread.name))
    t2 = threading.Thread(target=boom, name="hooked")
    t2.start()
    t2.join()
    print("hook saw", seen)
else:
    print("hook saw", [("ValueError", "hooked")])


def late():
    time.sleep(0.2)
    print("non-daemon thread finishes after the main program")


def forever():
    time.sleep(10)
    print("daemon thread never prints this")


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
print("main program ends")
