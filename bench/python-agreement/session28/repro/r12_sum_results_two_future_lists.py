# weft's own error ("does not load"): `sum(f.result() for f in first) + sum(f.result() for f in second)` over future lists of 3 and 4 (ThreadPoolExecutor)
from concurrent.futures import ThreadPoolExecutor


def double(n: int) -> int:
    return 2 * n


with ThreadPoolExecutor(2) as ex:
    first = [ex.submit(double, n) for n in range(3)]
    second = [ex.submit(double, n) for n in range(4)]
total = sum(f.result() for f in first) + sum(f.result() for f in second)
print(total)
assert total == 18
