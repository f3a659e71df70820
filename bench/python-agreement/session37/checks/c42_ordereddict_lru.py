import threading
from collections import OrderedDict

cache = OrderedDict()
lock = threading.Lock()
CAPACITY = 2
evicted = []


def touch(key):
    with lock:
        if key in cache:
            cache.move_to_end(key)
        else:
            cache[key] = key.upper()
            if len(cache) > CAPACITY:
                old, _ = cache.popitem(last=False)
                evicted.append(old)


def user(keys):
    for k in keys:
        touch(k)


threads = [threading.Thread(target=user, args=(ks,)) for ks in (["a", "b", "a"], ["c"])]
for t in threads:
    t.start()
for t in threads:
    t.join()
log = evicted + list(cache)
print(log)  # ordered
