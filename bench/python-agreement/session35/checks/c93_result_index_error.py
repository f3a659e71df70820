"""A pool job's IndexError of a fixed list, caught around result() inside the with block."""
from concurrent.futures import ThreadPoolExecutor

SLOTS = [10, 20]
values = []
misses = 0


def pick(i):
    return SLOTS[i]


with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(pick, i) for i in (0, 2)]
    for f in futs:
        try:
            values.append(f.result())
        except IndexError:
            misses += 1
print(values, misses)
