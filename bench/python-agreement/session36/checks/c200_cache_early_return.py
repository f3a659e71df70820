"""The cache pattern: an early `return cache[key]` when present, else load, store and return."""
import threading
import time

cache = {}
loads = []
results = []
lock = threading.Lock()


def load(key):
    time.sleep(0.001)
    loads.append(key)
    return len(key) * 10


def get(key):
    with lock:
        if key in cache:
            return cache[key]
    value = load(key)
    with lock:
        cache[key] = value
    return value


def worker(keys):
    for key in keys:
        results.append(get(key))


threads = [threading.Thread(target=worker, args=(["ab", "abc"],)), threading.Thread(target=worker, args=(["ab"],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), sorted(loads))
