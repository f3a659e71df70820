# BUG: the warmer waits 20 ms and assumes every key but the slow one made it into the cache; a key that
# takes 12 ms can miss the deadline when the pool's two workers are busy, and the assertion fails.
import time
from concurrent.futures import ThreadPoolExecutor, wait

LOAD_MS = {"a": 8, "b": 8, "c": 12, "slow": 100}
cache = {}


def load(key):
    time.sleep(LOAD_MS[key] / 1000)
    return LOAD_MS[key]


pool = ThreadPoolExecutor(max_workers=2)
futures = {pool.submit(load, key): key for key in LOAD_MS}
done, not_done = wait(futures, timeout=0.02)
for future in done:
    cache[futures[future]] = future.result()
pool.shutdown(wait=True)
assert sorted(cache) == ["a", "b", "c"], f"cached {sorted(cache)}"
print(f"cache={dict(sorted(cache.items()))}")
