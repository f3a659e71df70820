# A ThreadPoolExecutor of 3 workers over 6 tasks that sleep 30ms each: two waves, about 60ms.
import time
from concurrent.futures import ThreadPoolExecutor

results = []


def fetch(n):
    time.sleep(0.03)
    return n * 2


with ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(fetch, range(6)))
print(results)
