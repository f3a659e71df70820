# ThreadPoolExecutor.map with two failures: the iteration raises the first failure in input order,
# even when a later one happened first.
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def check(n):
    if n == 1:
        time.sleep(0.05)
        raise KeyError(n)
    if n == 3:
        raise ValueError(n)
    return n


with ThreadPoolExecutor(max_workers=4) as pool:
    try:
        for value in pool.map(check, [0, 1, 2, 3]):
            log.append(value)
    except Exception as e:
        log.append(type(e).__name__)
print(log)
