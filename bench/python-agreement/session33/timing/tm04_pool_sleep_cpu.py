import time
from concurrent.futures import ThreadPoolExecutor


def resize(n):
    time.sleep(0.01)
    total = sum(i for i in range(10000))  # weft: cpu 1ms
    return n, total


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(resize, range(4)))
print([n for n, _ in results])
