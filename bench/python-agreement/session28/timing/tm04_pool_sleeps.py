import time
from concurrent.futures import ThreadPoolExecutor


def fetch(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(fetch, [20, 20, 20, 20, 20]))
total = sum(results)
print(f"total={total}")
