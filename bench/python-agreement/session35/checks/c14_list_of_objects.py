"""A list of counter objects; threads bump the one at their index and one shared by all."""
import threading


class Counter:
    def __init__(self):
        self.n = 0


counters = [Counter() for _ in range(3)]
result = []


def bump(i):
    counters[i].n += 1
    counters[0].n += 1


threads = [threading.Thread(target=bump, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
result = [c.n for c in counters]
print(result)
