"""A connection pool guarded by a Semaphore: never more than POOL_SIZE connections in use."""
import threading
import time

POOL_SIZE = 3
CLIENTS = 6


class ConnectionPool:
    def __init__(self, size):
        self._slots = threading.Semaphore(size)
        self._lock = threading.Lock()
        self.free = [f"conn{i}" for i in range(size)]
        self.in_use = 0
        self.peak = 0
        self.served = 0

    def acquire(self):
        self._slots.acquire()
        with self._lock:
            conn = self.free.pop()
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            return conn

    def release(self, conn):
        with self._lock:
            self.free.append(conn)
            self.in_use -= 1
            self.served += 1
        self._slots.release()


pool = ConnectionPool(POOL_SIZE)


def run_query(client_id):
    conn = pool.acquire()
    try:
        time.sleep(0.002)
    finally:
        pool.release(conn)


if __name__ == "__main__":
    threads = [threading.Thread(target=run_query, args=(i,), name=f"client-{i}") for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert pool.peak <= POOL_SIZE
    assert pool.served == CLIENTS
    free_count = len(pool.free)
