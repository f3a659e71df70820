# BUG: check-then-act: two threads both miss the cache and compute the same value twice
import threading
import time

cache = {}
compute_calls = []


def expensive(key):
    compute_calls.append(key)
    time.sleep(0.001)
    return key.upper()


def lookup(key):
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


def client(out, idx):
    out[idx] = lookup("config")


out = [None, None]
threads = [threading.Thread(target=client, args=(out, i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
print("computed", len(compute_calls), "time(s)")
assert len(compute_calls) == 1, "value computed more than once"
