# BUG: check-then-act race: get() looks the key up outside the lock, so two threads can both miss and both load the same key
import threading
import time


class TTLCache:
    def __init__(self, ttl_seconds, loader):
        self.ttl = ttl_seconds
        self.loader = loader
        self.entries = {}
        self.lock = threading.Lock()
        self.loads = 0

    def _fresh(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return False
        value, stamp = entry
        return time.monotonic() - stamp < self.ttl

    def get(self, key):
        if not self._fresh(key):
            value = self.loader(key)
            with self.lock:
                self.loads += 1
                self.entries[key] = (value, time.monotonic())
        return self.entries[key][0]


def slow_square(key):
    time.sleep(0.002)  # a database round trip
    return key * key


cache = TTLCache(ttl_seconds=10, loader=slow_square)
results = {}


def client(name, keys):
    got = []
    for key in keys:
        got.append(cache.get(key))
    results[name] = sum(got)


threads = [
    threading.Thread(target=client, args=("a", [3, 4])),
    threading.Thread(target=client, args=("b", [3, 5])),
    threading.Thread(target=client, args=("c", [4])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

loads = cache.loads
cache.entries.clear()  # the stamps differ from run to run; the checked state is the sums and the loads
print("results:", dict(sorted(results.items())))
print("loads:", loads)
