# An LRU with OrderedDict: move_to_end on a hit, popitem(last=False) to evict.
import threading
from collections import OrderedDict

cache = OrderedDict()
lock = threading.Lock()


def get(key):
    with lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        cache[key] = key * 2
        if len(cache) > 2:
            cache.popitem(last=False)
        return cache[key]


def worker():
    for k in (1, 2, 1, 3):
        get(k)


t = threading.Thread(target=worker)
t.start()
t.join()
print(list(cache.keys()))
