# Expected: as_completed yields futures in finishing order; the shorter sleep finishes first, so order == [1, 2, 3].
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

order = []


def fetch(n):
    time.sleep(0.01 * n)
    return n


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = {executor.submit(fetch, n): n for n in [3, 1, 2]}
    for future in as_completed(futures):
        order.append(future.result())
print("completed in order", order)
