"""Display unpacking into attributes and dict items: self.lo, self.hi = min(...), max(...)."""
import threading


class Range:
    def __init__(self):
        self.lo = 0
        self.hi = 0
        self.lock = threading.Lock()

    def update(self, values):
        with self.lock:
            self.lo, self.hi = min(values + [self.lo]), max(values + [self.hi])


r = Range()
stats = {"n": 0, "sum": 0}


def feed(values):
    r.update(values)
    stats["n"], stats["sum"] = stats["n"] + len(values), stats["sum"] + sum(values)


threads = [threading.Thread(target=feed, args=(v,)) for v in ([3, -2], [9, 4, 1])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(r.lo, r.hi, stats)
