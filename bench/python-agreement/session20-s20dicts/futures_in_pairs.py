# CPython 3.11.7, 10 runs: ok doubled={'small': 27, 'large': 67} (10 of 10). weft explore (s20dicts): 1 outcome, complete. weft-start: refused at the comprehension's submit.
from concurrent.futures import ThreadPoolExecutor
import time

SIZES = {"small": 1, "large": 3}


def fetch(name):
    time.sleep(0.001 * SIZES[name])
    return SIZES[name] * 10


def double(value):
    return value * 2


doubled = {}

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        fetched = [(name, pool.submit(fetch, name)) for name in SIZES]
        chained = [(name, 7, pool.submit(double, fut.result())) for name, fut in fetched]
        for name, seven, fut in chained:
            doubled[name] = fut.result() + seven
    assert doubled == {"small": 27, "large": 67}, doubled
