# BUG: check-then-act: two threads both miss the cache and both compute the expensive value
import threading
import time

cache = {}
computations = 0


def expensive(key):
    global computations
    computations += 1
    time.sleep(0.002)
    return key * key


def get(key):
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


results = [0, 0]


def client(slot):
    results[slot] = get(7)


threads = [threading.Thread(target=client, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results", results, "computations", computations)
