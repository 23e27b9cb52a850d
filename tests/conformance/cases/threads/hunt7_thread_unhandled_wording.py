# pyco: versions=all oracle=plain
# An exception escaping a _thread.start_new_thread function: the wording changed in 3.8 and
# 3.13, and the report shows the traceback without the exception's context chain (3.7 prints
# the chain).
import _thread
import time


class Worker:
    def __repr__(self):
        return "<Worker>"

    def __call__(self, n):
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("worker %d failed" % n)


_thread.start_new_thread(Worker(), (1,))
time.sleep(0.2)
print("main continues")
