# BUG: check-then-act: two workers miss the cache for the same key and both compute it
import time
from concurrent.futures import ThreadPoolExecutor

cache = {}
computations = {"slow": 0}
REQUESTS = ["config", "config"]


def load(key):
    if key not in cache:
        time.sleep(0.001)
        computations["slow"] += 1
        cache[key] = key.upper()
    return cache[key]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        values = list(pool.map(load, REQUESTS))
    assert computations["slow"] == 1, f"computed {computations['slow']} times"
