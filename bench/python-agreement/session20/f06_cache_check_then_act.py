# BUG: check-then-act: `if key not in cache` and the store are apart, so two workers both compute the same expensive value
import time
from concurrent.futures import ThreadPoolExecutor

cache = {}
computations = 0


def expensive(key):
    global computations
    computations += 1
    time.sleep(0.002)
    return len(key) * 7


def lookup(key):
    if key not in cache:
        cache[key] = expensive(key)
    return cache[key]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        values = list(pool.map(lookup, ["user:1", "user:1"]))
    assert values == [42, 42]
    assert computations == 1, f"computed {computations} times"
