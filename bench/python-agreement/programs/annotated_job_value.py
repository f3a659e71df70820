"""A job annotated on its def (`# weft: cpu 200us`) returns its computed value: the sums CPython prints."""
from concurrent.futures import ThreadPoolExecutor


def checksum(n):  # weft: cpu 200us
    total = 0
    for i in range(n):
        total += i * i
    return total


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(checksum, n) for n in (10, 20)]
    sums = [f.result() for f in futures]

print(sums)
assert sums == [285, 2470]
