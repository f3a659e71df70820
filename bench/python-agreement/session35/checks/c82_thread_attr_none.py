"""A pool job calls .strip() on None (AttributeError), read back with exception()."""
from concurrent.futures import ThreadPoolExecutor

NAMES = [" ann ", None]
clean = []
bad = []


def tidy(i):
    return NAMES[i].strip()


with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(tidy, i) for i in range(2)]
for f in fs:
    if f.exception() is None:
        clean.append(f.result())
    else:
        bad.append(type(f.exception()).__name__)
print(clean, bad)
