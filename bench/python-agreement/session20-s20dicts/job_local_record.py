from concurrent.futures import ThreadPoolExecutor
import time

def job(word):
    stats = {"hits": 0, "misses": 0}
    for ch in word:
        if ch == "a":
            stats["hits"] += 1
        else:
            stats["misses"] += 1
        time.sleep(0.001)
    return stats["hits"] * 10 + stats["misses"]

with ThreadPoolExecutor(max_workers=2) as pool:
    r = list(pool.map(job, ["ab", "aa"]))
assert r == [11, 20], r
