"""A pool job concatenates a string argument with an int argument (TypeError), exception() after with."""
from concurrent.futures import ThreadPoolExecutor

log = []


def label(prefix, n):
    return prefix + n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(label, "a", "1"), pool.submit(label, "b", 2)]
for f in futures:
    log.append("failed" if f.exception() is not None else f.result())
print(log)
