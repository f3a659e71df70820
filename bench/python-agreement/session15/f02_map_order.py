# no bug: executor.map returns results in input order even when later items finish first
import concurrent.futures
import time


def fetch(delay_ms):
    time.sleep(delay_ms / 1000)
    return delay_ms


delays = [30, 10, 20]
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(fetch, delays))

assert results == [30, 10, 20]
