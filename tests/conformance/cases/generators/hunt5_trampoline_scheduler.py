# pyco: versions=all
from collections import deque
import heapq

class Task:
    taskid = 0
    def __init__(self, target):
        Task.taskid += 1
        self.tid = Task.taskid
        self.target = target
        self.sendval = None
    def run(self):
        return self.target.send(self.sendval)

class SystemCall:
    def handle(self):
        pass

class GetTid(SystemCall):
    def handle(self):
        self.task.sendval = self.task.tid
        self.sched.schedule(self.task)

class Sleep(SystemCall):
    def __init__(self, t):
        self.t = t
    def handle(self):
        self.sched.sleep(self.task, self.t)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.taskmap = {}
        self.sleeping = []
        self.now = 0
        self.seq = 0
    def new(self, target):
        t = Task(target)
        self.taskmap[t.tid] = t
        self.schedule(t)
        return t.tid
    def schedule(self, task):
        self.ready.append(task)
    def sleep(self, task, dt):
        self.seq += 1
        heapq.heappush(self.sleeping, (self.now + dt, self.seq, task))
    def exit(self, task):
        print("Task %d terminated" % task.tid)
        del self.taskmap[task.tid]
    def mainloop(self):
        while self.taskmap:
            if not self.ready:
                when, _, task = heapq.heappop(self.sleeping)
                self.now = when
                self.ready.append(task)
            task = self.ready.popleft()
            try:
                result = task.run()
                if isinstance(result, SystemCall):
                    result.task = task
                    result.sched = self
                    result.handle()
                    continue
            except StopIteration:
                self.exit(task)
                continue
            self.schedule(task)

def foo():
    mytid = yield GetTid()
    for i in range(3):
        print("I'm foo", mytid, "at", sched.now)
        yield Sleep(2)

def bar():
    mytid = yield GetTid()
    for i in range(5):
        print("I'm bar", mytid, "at", sched.now)
        yield Sleep(1)

sched = Scheduler()
sched.new(foo())
sched.new(bar())
sched.mainloop()
