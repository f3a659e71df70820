# variant of t09_semaphore_pool.py: the smallest edit past its refusal
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Connection:
    ident: int
    queries: list = field(default_factory=list)


class ConnectionPool:
    def __init__(self, size):
        self._free = [Connection(i) for i in range(size)]
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.in_use = 0
        self.peak = 0
        self._current = threading.local()

    def __enter__(self):
        self._slots.acquire()
        with self._lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            self._current.conn = self._free[-1]
            del self._free[-1]
        return self._current.conn

    def __exit__(self, exc_type, exc, tb):
        with self._lock:
            self.in_use -= 1
            self._free.append(self._current.conn)
        self._slots.release()
        return False


pool = ConnectionPool(2)


def run_query(sql):
    with pool as conn:
        conn.queries.append(sql)
        time.sleep(0.005)


threads = [threading.Thread(target=run_query, args=(f"SELECT {i}",)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(len(c.queries) for c in pool._free)
print("queries", total, "peak", pool.peak, "in use", pool.in_use)
assert pool.peak <= 2
