# A bounded object pool: borrowers wait on a Condition with a timeout and give up if none comes back.
import threading
import time


class PoolTimeout(Exception):
    pass


class ObjectPool:
    def __init__(self, objects):
        self._free = list(objects)
        self._cond = threading.Condition()
        self.borrowed = 0
        self.timeouts = 0

    def borrow(self, timeout):
        with self._cond:
            if not self._cond.wait_for(lambda: self._free, timeout=timeout):
                self.timeouts += 1
                raise PoolTimeout()
            self.borrowed += 1
            return self._free.pop()

    def give_back(self, obj):
        with self._cond:
            self._free.append(obj)
            self._cond.notify()


pool = ObjectPool(["conn-a", "conn-b"])
served = []
refused = []


def client(name, work_s):
    try:
        conn = pool.borrow(timeout=0.5)
    except PoolTimeout:
        refused.append(name)
        return
    try:
        time.sleep(work_s)
        served.append(name)
    finally:
        pool.give_back(conn)


clients = [threading.Thread(target=client, args=(f"c{i}", 0.002)) for i in range(4)]
for c in clients:
    c.start()
for c in clients:
    c.join()

free = len(pool._free)
served_count = len(served)
print(f"served={served_count} refused={len(refused)} borrowed={pool.borrowed} free={free} timeouts={pool.timeouts}")
