# An LRU cache of computed squares shared by worker threads, every access under one lock.
# variant _g: the final values also stored in the module dict `final`, so that agree.py compares them
import threading

final = {}


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.order = []
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def get(self, key, compute):
        with self.lock:
            if key in self.values:
                self.hits += 1
                self.order.remove(key)
                self.order.append(key)
                return self.values[key]
            self.misses += 1
            value = compute(key)
            self.values[key] = value
            self.order.append(key)
            if len(self.order) > self.capacity:
                oldest = self.order.pop(0)
                del self.values[oldest]
                self.evictions += 1
            return value


def square(n):
    return n * n


def client(cache, keys, out):
    total = 0
    for key in keys:
        total += cache.get(key, square)
    out.append(total)


def main():
    cache = LRUCache(capacity=2)
    totals = []
    workers = [
        threading.Thread(target=client, args=(cache, [1, 2, 1, 3], totals)),
        threading.Thread(target=client, args=(cache, [2, 3, 4], totals)),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("totals", sorted(totals))
    final["totals"] = ",".join(str(t) for t in totals)
    final["hits"] = cache.hits
    final["evictions"] = cache.evictions
    print("hits+misses", cache.hits + cache.misses)
    print("size", len(cache.values), "evictions", cache.evictions)
    assert cache.evictions == cache.misses - len(cache.values)


main()
