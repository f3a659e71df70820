# weft's own error ("does not load"): a fan-out helper (as_completed over a comprehension) called with two sizes
from concurrent.futures import ThreadPoolExecutor, as_completed


def double(n: int) -> int:
    return 2 * n


def run(count: int) -> int:
    total = 0
    with ThreadPoolExecutor(2) as ex:
        for f in as_completed([ex.submit(double, n) for n in range(count)]):
            total += f.result()
    return total


grand = run(3) + run(4)
print(grand)
assert grand == 18
