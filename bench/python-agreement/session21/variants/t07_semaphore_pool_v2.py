import threading
import time


class ConnectionPool:
    def __init__(self, size):
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.active = 0
        self.peak = 0

    def enter(self):
        self._slots.acquire()
        with self._lock:
            self.active += 1
            self.peak = max(self.peak, self.active)

    def exit(self):
        with self._lock:
            self.active -= 1
        self._slots.release()


def query(pool, n, results):
    pool.enter()
    time.sleep(0.01)
    results[n] = n * n
    pool.exit()


pool = ConnectionPool(2)
results = {}
threads = [threading.Thread(target=query, args=(pool, i, results)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", [results[i] for i in range(5)])
print("peak connections:", pool.peak)
assert pool.peak <= 2
