# A page-hit counter object shared by threads; += on an attribute. Bug: lost update.
import threading


class HitCounter:
    def __init__(self):
        self.hits = 0

    def record(self):
        current = self.hits
        self.hits = current + 1


counter = HitCounter()
totals = []


def visitor():
    for _ in range(2):
        counter.record()


threads = [threading.Thread(target=visitor) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
totals.append(counter.hits)
print(totals)
