# Known bug: `if key not in cache` then compute then store, without a lock: two threads may both compute the same key (computations > 1).
import threading

cache = {}
computations = 0


def expensive(key):
    global computations
    computations += 1
    return key * key


def lookup(key):
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


threads = [threading.Thread(target=lookup, args=(7,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("cache:", cache, "computed", computations, "times")
