# BUG: check-then-act on a module global: two threads may each make a cache, and one's entry is lost
import threading

_cache = None
made = 0


class Cache:
    def __init__(self, capacity):
        global made
        made += 1
        self.capacity = capacity
        self.items = dict()


def get_cache():
    global _cache
    if _cache is None:
        _cache = Cache(8)
    return _cache


def remember(key, value):
    cache = get_cache()
    cache.items[key] = value * 10


threads = [threading.Thread(target=remember, args=(k, v)) for k, v in (("a", 1), ("b", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("made", made, "items", len(get_cache().items))
assert made == 1, "two caches"
