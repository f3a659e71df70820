# weft's own error ("does not load"): two as_completed loops over lists of futures of different lengths
from concurrent.futures import ThreadPoolExecutor, as_completed


def double(n: int) -> int:
    return 2 * n


total = 0
with ThreadPoolExecutor(2) as ex:
    for f in as_completed([ex.submit(double, n) for n in range(3)]):
        total += f.result()
    for f in as_completed([ex.submit(double, n) for n in range(4)]):
        total += f.result()
print(total)
assert total == 18
