# CPython 3.11.7, 10 runs: ok with a, b the last pair to finish: (1, 2) 7, (5, 6) 2, (3, 4) 1. weft explore (s20dicts): those 3 outcomes, complete. weft-start: refused at `a, b = futures[fut]`.
from concurrent.futures import ThreadPoolExecutor, as_completed

PAIRS = [(1, 2), (3, 4), (5, 6)]


def add(a, b):
    return a + b


totals = {}

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(add, a, b): (a, b) for a, b in PAIRS}
        for fut in as_completed(futures):
            a, b = futures[fut]
            totals[a] = fut.result()
        starred = [pool.submit(add, *p) for p in PAIRS]
        sums = [f.result() for f in starred]
    assert totals == {1: 3, 3: 7, 5: 11}, totals
    assert sums == [3, 7, 11], sums
