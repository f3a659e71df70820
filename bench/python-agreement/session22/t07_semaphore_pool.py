import threading
import time

MAX_CONNECTIONS = 2


class ConnectionPool:
    def __init__(self, size):
        self.slots = threading.BoundedSemaphore(size)
        self.lock = threading.Lock()
        self.in_use = 0
        self.peak = 0

    def __enter__(self):
        self.slots.acquire()
        with self.lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
        return self

    def __exit__(self, *exc):
        with self.lock:
            self.in_use -= 1
        self.slots.release()
        return False


def fetch(pool, url, results):
    with pool:
        time.sleep(0.01)
        results[url] = len(url)


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
