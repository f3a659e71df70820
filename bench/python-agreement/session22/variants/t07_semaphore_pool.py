import threading
import time

MAX_CONNECTIONS = 2


class ConnectionPool:
    def __init__(self, size):
        self.slots = threading.BoundedSemaphore(size)
        self.lock = threading.Lock()
        self.in_use = 0
        self.peak = 0

    def acquire(self):
        self.slots.acquire()
        with self.lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)

    def release(self):
        with self.lock:
            self.in_use -= 1
        self.slots.release()


def fetch(pool, url, results):
    pool.acquire()
    try:
        time.sleep(0.01)
        results[url] = len(url)
    finally:
        pool.release()


pool = ConnectionPool(MAX_CONNECTIONS)
results = {}
urls = ["/a", "/bb", "/ccc", "/dddd", "/eeeee"]
threads = [threading.Thread(target=fetch, args=(pool, u, results)) for u in urls]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert pool.peak <= MAX_CONNECTIONS
print("peak", pool.peak)
print(sorted(results.items()))
