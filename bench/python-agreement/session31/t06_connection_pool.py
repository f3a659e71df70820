# A connection pool: a BoundedSemaphore limits checkouts, a Lock guards the free list
import threading
import time


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0

    def execute(self, sql):
        self.queries += 1
        time.sleep(0.002)
        return len(sql)


class Pool:
    def __init__(self, size):
        self._free = [Connection(i) for i in range(size)]
        self._all = list(self._free)
        self._sem = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.peak = 0
        self.in_use = 0

    def acquire(self):
        self._sem.acquire()
        with self._lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            return self._free.pop()

    def release(self, conn):
        with self._lock:
            self.in_use -= 1
            self._free.append(conn)
        self._sem.release()

    def total_queries(self):
        return sum(c.queries for c in self._all)


pool = Pool(2)
results = {}


def client(name, statements):
    total = 0
    for sql in statements:
        conn = pool.acquire()
        try:
            total += conn.execute(sql)
        finally:
            pool.release(conn)
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
print("queries:", pool.total_queries(), "peak in use:", pool.peak, "free:", len(pool._free))
