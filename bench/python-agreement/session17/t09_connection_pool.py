# no bug: a connection pool limited by a BoundedSemaphore; we check at most two connections are in use at once
import threading
import time


class ConnectionPool:
    def __init__(self, size: int):
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.in_use = 0
        self.peak = 0
        self.served = 0

    def query(self, sql: str) -> str:
        with self._slots:
            with self._lock:
                self.in_use += 1
                self.peak = max(self.peak, self.in_use)
            time.sleep(0.003)  # the database works
            with self._lock:
                self.in_use -= 1
                self.served += 1
        return sql.upper()


pool = ConnectionPool(2)
threads = [threading.Thread(target=pool.query, args=(f"select {i}",)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"served={pool.served} peak={pool.peak}")
assert pool.peak <= 2
assert pool.served == 5
