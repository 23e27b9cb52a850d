# pyco: versions=3.7,3.13
import time

def Feeder(sink):
    for i in range(8):
        time.sleep(1)
        sink.send(i)
    print("fed for", time.monotonic(), "seconds")

def Sink():
    while True:
        got = yield
        print(got)

if __name__ == '__main__':
    s = Sink()
    next(s)
    f = Feeder(s)
