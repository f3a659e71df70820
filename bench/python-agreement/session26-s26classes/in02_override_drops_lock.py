# BUG: lost update: a subclass overrides add() without the base's lock, and its super() path is skipped
import threading


class SafeCounter:
    def __init__(self):
        self.lock = threading.Lock()
        self.n = 0

    def add(self):
        with self.lock:
            self.n += 1

    def add_many(self, times):
        for _ in range(times):
            self.add()


class FastCounter(SafeCounter):
    def add(self):
        value = self.n
        self.n = value + 1


counter = FastCounter()
workers = [threading.Thread(target=counter.add_many, args=(3,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("n", counter.n)
assert counter.n == 6, "an update was lost"
