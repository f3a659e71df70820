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
