# variant of f02 (list == list display refused): compare item by item -- no bug: executor.map returns results in input order even when later items finish first
import concurrent.futures
import time


def fetch(delay_ms):
    time.sleep(delay_ms / 1000)
    return delay_ms


delays = [30, 10, 20]
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(fetch, delays))

assert results[0] == 30 and results[1] == 10 and results[2] == 20
