"""A thread-safe LRU cache with an OrderedDict, shared by lookup threads."""
import threading


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key, compute):
        with self.lock:
            if key in self.data:
                value = self.data.pop(key)
                self.data[key] = value
                self.hits += 1
                return value
            self.misses += 1
        value = compute(key)
        with self.lock:
            self.data.pop(key, None)
            self.data[key] = value
            while len(self.data) > self.capacity:
                oldest = next(iter(self.data))
                del self.data[oldest]
        return value


def square(n):
    return n * n


cache = LRUCache(capacity=2)
answers = []


def lookups(keys):
    for k in keys:
        answers.append((k, cache.get(k, square)))


workers = [threading.Thread(target=lookups, args=(keys,)) for keys in ([1, 2, 1], [3, 1], [2, 2])]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("size:", len(cache.data), "capacity:", cache.capacity)
print("lookups:", cache.hits + cache.misses)
print("all correct:", all(v == k * k for k, v in answers))
