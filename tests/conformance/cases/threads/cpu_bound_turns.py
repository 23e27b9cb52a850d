# pyco: versions=3.8,3.11,3.13 oracle=plain
# A thread that computes without blocking gives way to the others after a while (CPython's
# switch interval): the main thread goes on while it works; a short job finishes in one turn.
import threading, time

def work(name, n):
    total = 0
    for i in range(n):
        total += i * i
    print(f"{name} done: {total}")

t = threading.Thread(target=work, args=("big", 3_000_000))
t.start()
print("main continues while the thread computes")
small = threading.Thread(target=work, args=("small", 1000))
small.start()
print("after starting the small one")
t.join(); small.join()
print("all joined")
