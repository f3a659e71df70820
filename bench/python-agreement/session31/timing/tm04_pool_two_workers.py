# Four 20 ms requests through a two-worker ThreadPoolExecutor: two rounds, about 40 ms
import time
from concurrent.futures import ThreadPoolExecutor


def request(n):
    time.sleep(0.02)
    return n * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(request, range(4)))
print("results:", results)
