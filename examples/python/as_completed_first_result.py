"""Three jobs on a pool of three threads; `as_completed` hands the loop each future as its job finishes.

Which result comes first is a scheduling outcome: the jobs sleep alike, so any of them may finish first.
`weft explore` lists first=0, 10 and 20, with total=30 in every outcome; CPython 3.11 shows some of them.
"""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

first = None
total = 0


def fetch(n):
    time.sleep(0.05)
    return n * 10


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(fetch, n) for n in range(3)]
    for future in as_completed(futures):
        result = future.result()
        if first is None:
            first = result
        total += result
assert total == 30
print(f"first={first} total={total}")
