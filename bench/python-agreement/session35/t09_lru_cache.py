"""A thread-safe LRU cache with an OrderedDict, shared by lookup threads."""
import threading
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key, compute):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                self.hits += 1
                return self.data[key]
            self.misses += 1
        value = compute(key)
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.capacity:
                self.data.popitem(last=False)
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
