# pyco: versions=3.8,3.11,3.13 oracle=plain
# A producer and two workers share a queue.Queue; join() waits until every item is done.
import queue
import threading
import time

jobs = queue.Queue()
results = []
results_lock = threading.Lock()


def worker(name):
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            print(name, "stops")
            return
        time.sleep(0.1 * item)
        with results_lock:
            results.append((item, name))
        print(name, "finished job", item)
        jobs.task_done()


threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in (1, 2)]
for t in threads:
    t.start()
for item in (3, 1, 4, 2):
    jobs.put(item)
    time.sleep(0.05)
jobs.join()
print("all jobs done:", sorted(results))
for _ in threads:
    jobs.put(None)
    time.sleep(0.05)
for t in threads:
    t.join()
print("empty:", jobs.empty(), "qsize:", jobs.qsize(), "unfinished:", jobs.unfinished_tasks)
try:
    jobs.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
small = queue.Queue(maxsize=1)
small.put("a")
try:
    small.put("b", timeout=0.1)
except queue.Full:
    print("put with timeout: Full")
lifo, prio = queue.LifoQueue(), queue.PriorityQueue()
for x in (3, 1, 2):
    lifo.put(x)
    prio.put(x)
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
try:
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)
