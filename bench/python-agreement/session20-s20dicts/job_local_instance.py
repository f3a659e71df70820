# CPython 3.11.7, 10 runs: ok r=[2, 3] (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete. weft-start: one Tally instance for both jobs (t_count=5 or lost updates), 'complete' (a silent error).
from concurrent.futures import ThreadPoolExecutor
import time

class Tally:
    def __init__(self):
        self.count = 0

    def add(self):
        n = self.count
        time.sleep(0.001)
        self.count = n + 1

def job(word):
    t = Tally()
    for ch in word:
        t.add()
    return t.count

with ThreadPoolExecutor(max_workers=2) as pool:
    r = list(pool.map(job, ["ab", "cde"]))
assert r == [2, 3], r
