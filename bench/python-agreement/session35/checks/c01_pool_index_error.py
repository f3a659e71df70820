"""A pool job's IndexError of a fixed list stays in its future; main reads it with exception()."""
from concurrent.futures import ThreadPoolExecutor

SLOTS = [10, 20, 30]
errors = []
values = []


def pick(i):
    return SLOTS[i] * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(pick, i) for i in (0, 3, 1)]
for f in futs:
    if f.exception() is not None:
        errors.append(type(f.exception()).__name__)
    else:
        values.append(f.result())
print(values, errors)
