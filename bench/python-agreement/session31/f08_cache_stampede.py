# BUG: the memo cache is checked and filled without holding the lock across the computation, so two tasks
# can both miss and compute the same key (a stampede)
import threading
import time
from concurrent.futures import ThreadPoolExecutor

cache = {}
cache_lock = threading.Lock()
computations = {}


def expensive(key):
    computations[key] = computations.get(key, 0) + 1
    time.sleep(0.002)
    return sum(ord(c) for c in key)


def get(key):
    with cache_lock:
        if key in cache:
            return cache[key]
    value = expensive(key)  # lock released: another task can miss too
    with cache_lock:
        cache[key] = value
    return value


keys = ["user:1", "user:1", "user:2", "user:1"]
with ThreadPoolExecutor(max_workers=2) as pool:
    values = list(pool.map(get, keys))

recomputed = sum(n - 1 for n in computations.values())
print("values:", values)
print("computations:", dict(sorted(computations.items())), "recomputed:", recomputed)
