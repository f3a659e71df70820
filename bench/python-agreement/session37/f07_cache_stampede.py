# BUG: cache stampede: get_or_compute tests the cache and computes outside any lock, so the expensive report is built more than once
import threading
from concurrent.futures import ThreadPoolExecutor, wait


class ReportCache:
    def __init__(self):
        self.data = {}
        self.builds = 0
        self.count_lock = threading.Lock()

    def get_or_compute(self, key):
        if key in self.data:
            return self.data[key]
        value = self.build(key)
        self.data[key] = value
        return value

    def build(self, key):
        with self.count_lock:
            self.builds += 1
        return sum(ord(c) for c in key)


cache = ReportCache()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(cache.get_or_compute, "monthly") for _ in range(3)]
    done, not_done = wait(futures)

values = {f.result() for f in done}
builds = cache.builds
print(f"builds={builds} values={sorted(values)} pending={len(not_done)}")
assert builds == 1, f"report built {builds} times"
