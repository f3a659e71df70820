# BUG: check-then-act: two threads both miss the cache for the same key and both compute it
import threading
import time

cache = {}
compute_calls = {}
stats_lock = threading.Lock()


def expensive(key):
    with stats_lock:
        compute_calls[key] = compute_calls.get(key, 0) + 1
    time.sleep(0.01)
    return key * key


def get(key):
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


def client(keys, out):
    for k in keys:
        out.append(get(k))


outs = [[], []]
threads = [threading.Thread(target=client, args=([3, 4], outs[0])),
           threading.Thread(target=client, args=([4, 5], outs[1]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outs)
print(sorted(compute_calls.items()))
for n in compute_calls.values():
    assert n == 1, compute_calls
