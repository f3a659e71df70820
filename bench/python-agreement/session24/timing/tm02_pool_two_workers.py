"""A pool of two workers runs four 30 ms sleeps: two rounds, about 60 ms."""
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(n):
    time.sleep(0.03)
    return n * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    values = list(pool.map(fetch, range(4)))
total = sum(values)
print(values, total)
