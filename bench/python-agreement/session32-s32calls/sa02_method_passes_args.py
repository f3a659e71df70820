# A pool runs jobs through a wrapper method `run(self, fn, *args)` that counts calls under a lock and
# passes the two arguments on
import threading
from concurrent.futures import ThreadPoolExecutor

totals = {"a": 0, "b": 0}


class Counted:
    def __init__(self):
        self.lock = threading.Lock()
        self.calls = 0

    def run(self, fn, *args):
        with self.lock:
            self.calls += 1
        return fn(*args)


def add(key, amount):
    totals[key] += amount
    return amount


counted = Counted()


def job(n):
    return counted.run(add, "a" if n % 2 else "b", n)


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(job, [1, 2, 3, 4]))
print("results:", results, "calls:", counted.calls, "a:", totals["a"], "b:", totals["b"])
