# a classmethod counter without a lock loses updates; the static helper does the arithmetic
import threading


class Stats:
    hits = 0

    @classmethod
    def record(cls):
        current = cls.hits
        cls.hits = Stats.bump(current)

    @staticmethod
    def bump(n):
        return n + 1


class Worker:
    def __init__(self, times):
        self.times = times

    def run(self):
        for _ in range(self.times):
            self.record_one()

    def record_one(self):
        Stats.record()


w1 = Worker(2)
w2 = Worker(2)
stats = Stats()
t1 = threading.Thread(target=w1.run)
t2 = threading.Thread(target=stats.record)
t1.start()
t2.start()
t1.join()
t2.join()
stats.record()
print(f"hits={Stats.hits}")
