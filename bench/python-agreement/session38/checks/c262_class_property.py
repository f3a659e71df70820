# ordered
# A @property computed from fields another thread changes under a lock.
import threading

log = []
lock = threading.Lock()


class Tank:
    def __init__(self, capacity):
        self.capacity = capacity
        self.level = 0

    @property
    def free(self):
        return self.capacity - self.level


tank = Tank(10)


def fill(amount):
    with lock:
        if tank.free >= amount:
            tank.level += amount


threads = [threading.Thread(target=fill, args=(a,)) for a in [4, 5, 3]]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(tank.level)
log.append(tank.free)
print(log)
