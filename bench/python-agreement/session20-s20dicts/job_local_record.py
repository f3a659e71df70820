# CPython 3.11.7, 10 runs: ok r=[11, 20] (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete. weft-start (a silent error): the record's entries shared by both jobs, 'complete' with 4 outcomes, 3 of them assertion_failed states CPython never reaches (stats_hits=3).
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
