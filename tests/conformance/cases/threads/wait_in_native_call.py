# pyco: versions=all oracle=plain
# A thread that blocks inside a call made by native code (iter(callable, sentinel), sorted's
# key, map(), sum() over a generator) while the main thread still has work to do: the main
# thread runs meanwhile, as in CPython.
import queue
import threading
import time

q = queue.Queue()


def consumer():
    for item in iter(q.get, None):
        print('got', item)
    print('consumer done')


c = threading.Thread(target=consumer)
c.start()
print('main goes on')
for i in range(3):
    time.sleep(0.2)
    print('put', i)
    q.put(i)
q.put(None)
c.join()
print('consumer joined')


def slow_key(x):
    time.sleep(0.3)
    return -x


def sorter():
    print('sorted', sorted([3, 1, 2], key=slow_key))
    total = sum(slow_key(x) for x in range(2))
    print('sum', total, list(map(slow_key, [5])))


start = time.monotonic()
s = threading.Thread(target=sorter)
s.start()
for i in range(3):
    time.sleep(0.5)
    print('main tick', i)
s.join()
print('end', round(time.monotonic() - start, 1))
