# A module list handed to __init__: the instance's attribute and the module name are one list.
import threading

SLOTS = [5, 5, 5]


class Pool:
    def __init__(self, slots):
        self.slots = slots

    def take(self, i):
        n = self.slots[i]
        self.slots[i] = n - 1


pool = Pool(SLOTS)


def worker(i):
    pool.take(i)
    pool.take(0)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(SLOTS)
