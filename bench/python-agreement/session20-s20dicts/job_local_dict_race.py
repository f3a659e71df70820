# CPython 3.11.7, 10 runs: assertion_failed (9), ok tally_words=5 (1). weft explore (s20dicts): 3 outcomes (ok 5; lost updates 2 and 3), complete; CPython's among them. weft-start: 53 schedules with the jobs' `seen` dicts merged.
# BUG: the jobs' own dicts are fine, but the shared tally is updated without a lock (lost update).
from concurrent.futures import ThreadPoolExecutor
import time

tally = {"words": 0}


def count(word):
    seen = {}
    for ch in word:
        seen[ch] = True
    n = tally["words"]
    time.sleep(0.001)
    tally["words"] = n + len(seen)
    return len(seen)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        sizes = list(pool.map(count, ["ab", "cde"]))
    assert sizes == [2, 3], sizes
    assert tally["words"] == 5, tally
