"""Check-then-act on a shared cache: two threads may both compute the same key."""
import threading
import time

cache = {}
computed = 0


def get(key):
    global computed
    if key not in cache:
        time.sleep(0.001)  # an expensive computation
        computed += 1
        cache[key] = key * key
    return cache[key]


def worker():
    for k in range(3):
        get(k)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("computed", computed)
