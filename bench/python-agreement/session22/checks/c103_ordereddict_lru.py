import threading
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if key not in self.data:
                return -1
            self.data.move_to_end(key)
            return self.data[key]

    def put(self, key, value):
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            if len(self.data) > self.capacity:
                self.data.popitem(last=False)


cache = LRU(2)
hits = []


def client():
    cache.put("a", 1)
    cache.put("b", 2)
    hits.append(cache.get("a"))
    cache.put("c", 3)
    hits.append(cache.get("b"))
    hits.append(cache.get("a"))


t = threading.Thread(target=client)
t.start()
t.join()
print(hits, list(cache.data))
