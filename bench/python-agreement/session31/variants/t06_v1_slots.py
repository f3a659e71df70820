# t06 past its refusal: the free list keeps slot numbers, each connection's count a list indexed by slot
# (the form the refusal's words suggest)
import threading
import time


class Pool:
    def __init__(self, size):
        self._free = list(range(size))
        self.queries = [0] * size
        self._sem = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.peak = 0
        self.in_use = 0

    def acquire(self):
        self._sem.acquire()
        with self._lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            slot = self._free.pop()
        return slot

    def release(self, slot):
        with self._lock:
            self.in_use -= 1
            self._free.append(slot)
        self._sem.release()

    def execute(self, slot, sql):
        self.queries[slot] += 1
        time.sleep(0.002)
        return len(sql)


pool = Pool(2)
results = {}


def client(name, statements):
    total = 0
    for sql in statements:
        slot = pool.acquire()
        try:
            total += pool.execute(slot, sql)
        finally:
            pool.release(slot)
    results[name] = total


jobs = {
    "reports": ["SELECT 1", "SELECT 22"],
    "billing": ["UPDATE x"],
    "audit": ["SELECT 333", "DELETE y", "SELECT 4"],
}
threads = [threading.Thread(target=client, args=item) for item in jobs.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("results:", dict(sorted(results.items())))
print("queries:", sum(pool.queries), "peak in use:", pool.peak, "free:", len(pool._free))
