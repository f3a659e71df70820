# check: a Thread subclass keeps its result in an attribute; read after join
import threading


class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__()
        self.lo = lo
        self.hi = hi
        self.result = None

    def run(self):
        total = 0
        for i in range(self.lo, self.hi):
            total += i
        self.result = total


workers = [Summer(0, 10), Summer(10, 20)]
for w in workers:
    w.start()
for w in workers:
    w.join()
grand = workers[0].result + workers[1].result
