# an LRU cache on OrderedDict: move_to_end and popitem(last=False)
import threading
from collections import OrderedDict

cache = OrderedDict()
lock = threading.Lock()
evicted = []


def put(key, value):
    with lock:
        cache[key] = value
        cache.move_to_end(key)
        if len(cache) > 2:
            old, _ = cache.popitem(last=False)
            evicted.append(old)


def touch(key):
    with lock:
        cache.move_to_end(key)


for step in [("put", "a"), ("put", "b"), ("touch", "a"), ("put", "c"), ("put", "d")]:
    kind, key = step
    if kind == "put":
        t = threading.Thread(target=put, args=(key, key.upper()))
    else:
        t = threading.Thread(target=touch, args=(key,))
    t.start()
    t.join()
print(evicted, list(cache))
