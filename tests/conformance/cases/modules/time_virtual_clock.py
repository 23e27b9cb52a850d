# pyco: versions=all
import time
t0 = time.monotonic()
print("monotonic starts at", t0, "perf_counter", time.perf_counter())
time.sleep(1.5)
print("after sleep", time.monotonic() - t0)
start = time.time()
time.sleep(0.25)
print("time.time delta", round(time.time() - start, 3))
print("epoch", time.time() - time.monotonic())
for i in range(3):
    time.sleep(0.1)
print(round(time.monotonic(), 6))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
