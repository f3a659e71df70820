"""A connection pool limited by a BoundedSemaphore; the peak number of connections in use is tracked."""
import threading
import time


class ConnectionPool:
    def __init__(self, size):
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.in_use = 0
        self.peak = 0
        self.served = 0

    def query(self, sql):
        with self._slots:
            with self._lock:
                self.in_use += 1
                self.peak = max(self.peak, self.in_use)
            time.sleep(0.005)
            with self._lock:
                self.in_use -= 1
                self.served += 1
        return f"rows for {sql}"


pool = ConnectionPool(2)
threads = [threading.Thread(target=pool.query, args=(f"select {i}",)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert pool.peak <= 2
assert pool.served == 5 and pool.in_use == 0
print("peak", pool.peak, "served", pool.served)
