# BUG: the reader's `key in cache` then `move_to_end(key)` is not under the lock the evictor takes, so the key can be evicted in between and move_to_end raises KeyError.
"""A reader touches a key of an LRU OrderedDict without the lock an evicting writer holds."""
import threading
from collections import OrderedDict

cache = OrderedDict()
cache["a"] = 1
cache["b"] = 2
lock = threading.Lock()
errors = 0


def reader():
    global errors
    for _ in range(2):
        if "a" in cache:
            try:
                cache.move_to_end("a")
            except KeyError:
                errors += 1


def evictor():
    with lock:
        cache["c"] = 3
        cache.popitem(last=False)


threads = [threading.Thread(target=reader), threading.Thread(target=evictor)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(list(cache), errors)
