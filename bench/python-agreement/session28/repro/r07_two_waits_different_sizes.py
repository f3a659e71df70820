# weft's own error ("does not load"): two `concurrent.futures.wait([...])` over comprehensions of different sizes
from concurrent.futures import ThreadPoolExecutor, wait


def double(n: int) -> int:
    return 2 * n


total = 0
with ThreadPoolExecutor(2) as ex:
    done, _ = wait([ex.submit(double, n) for n in range(3)])
    total += sum(f.result() for f in done)
    done, _ = wait([ex.submit(double, n) for n in range(4)])
    total += sum(f.result() for f in done)
print(total)
assert total == 18
