"""A dict comprehension and a dict display indexed by a job's argument: two jobs add their price to
totals[0] with an unlocked read, sleep and write, so one addition can be lost (3, 5 or 8)."""
import time
from concurrent.futures import ThreadPoolExecutor

totals = {k: 0 for k in range(2)}


def add(symbol):
    price = {"A": 3, "B": 5}[symbol]
    seen = totals[0]
    time.sleep(0.001)
    totals[0] = seen + price
    totals[1] += 1


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(add, s) for s in ["A", "B"]]
print(totals)
