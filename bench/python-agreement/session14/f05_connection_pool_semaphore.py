# Expected: a BoundedSemaphore(2) used as a connection pool keeps at most 2 connections open (max_open <= 2, all 5 queries run); no bug
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class ConnectionPool:
    def __init__(self, size):
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.open = 0
        self.max_open = 0
        self.queries = 0

    def query(self, sql):
        with self._slots:
            with self._lock:
                self.open += 1
                self.max_open = max(self.max_open, self.open)
            time.sleep(0.005)  # the query
            with self._lock:
                self.open -= 1
                self.queries += 1
        return len(sql)


pool = ConnectionPool(2)


def main():
    with ThreadPoolExecutor(max_workers=5) as ex:
        for i in range(5):
            ex.submit(pool.query, f"SELECT {i}")
    print(f"max_open={pool.max_open} queries={pool.queries} open={pool.open}")


if __name__ == "__main__":
    main()
