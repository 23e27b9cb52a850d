# pyco: versions=3.7,3.10,3.11,3.13 oracle=plain
# Event, Condition, Semaphore, Barrier, Timer, RLock, local and join(timeout), each kept apart
# by tenths of seconds so that only the program decides the order.
import threading
import time

ready = threading.Event()


woken = []


def waiter(i):
    ok = ready.wait(timeout=0.2 if i == 0 else None)
    woken.append((i, ok))
    if i == 0:
        print("waiter 0 gave up:", ok)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.4)
print("setting the event")
ready.set()
for w in ws:
    w.join()
print("woken:", sorted(woken))

cond = threading.Condition()
box = []


def consumer():
    with cond:
        cond.wait_for(lambda: box)
        print("consumer got", box.pop())


c = threading.Thread(target=consumer)
c.start()
time.sleep(0.1)
with cond:
    box.append("parcel")
    cond.notify()
c.join()

sem = threading.BoundedSemaphore(2)
t0 = time.monotonic()


def limited(i):
    with sem:
        print("slot", i, "in wave", int((time.monotonic() - t0) / 0.3))
        time.sleep(0.3)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
    time.sleep(0.01)
for t in ts:
    t.join()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(3, action=lambda: print("barrier opens"))


def runner(i):
    time.sleep(0.1 * i)
    print("runner", i, "at the barrier")
    barrier.wait()


rs = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for r in rs:
    r.start()
for r in rs:
    r.join()
print("broken:", barrier.broken, "waiting:", barrier.n_waiting)

fired = threading.Timer(0.2, print, args=("timer fired",))
cancelled = threading.Timer(0.1, print, args=("never printed",))
fired.start()
cancelled.start()
cancelled.cancel()
fired.join()
cancelled.join()

rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
lock = threading.Lock()
lock.acquire()
print("second acquire:", lock.acquire(False), lock.acquire(timeout=0.1))
lock.release()
print("locked:", lock.locked())

data = threading.local()
data.value = "main"


def show():
    print("thread sees value:", getattr(data, "value", None))
    data.value = "thread"


t = threading.Thread(target=show)
t.start()
t.join()
print("main sees value:", data.value)

slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(timeout=0.1)
print("still alive after join(0.1):", slow.is_alive())
slow.join()
print("alive after join():", slow.is_alive())
