"""self.count, self.total = self.count + 1, self.total + value in two threads (no lock, a sleep before)."""
import threading
import time


class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0

    def add(self, value):
        count, total = self.count, self.total
        time.sleep(0.001)
        self.count, self.total = count + 1, total + value


s = Stats()
threads = [threading.Thread(target=s.add, args=(v,)) for v in (3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(s.count, s.total)
