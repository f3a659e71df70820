# BUG: check-then-act on a cache: two threads both miss and both compute the expensive value
import threading
import time

_cache = {}
compute_calls = 0


def expensive(key):
    global compute_calls
    compute_calls += 1
    time.sleep(0.002)
    return key * 10


def get(key):
    if key not in _cache:
        _cache[key] = expensive(key)
    return _cache[key]


results = []


def client():
    results.append(get(7))


threads = [threading.Thread(target=client) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, compute_calls)
assert compute_calls == 1, f"computed {compute_calls} times"
