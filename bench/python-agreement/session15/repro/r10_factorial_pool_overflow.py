# no bug: factorials in a thread pool; 25! does not fit in 64 bits (CPython big_ones=1; weft: every outcome a fault, integer overflow)
from concurrent.futures import ThreadPoolExecutor


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


big_ones = 0

with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(factorial, n) for n in (5, 25)]
    for f in futures:
        if f.result() > 1_000_000:
            big_ones += 1
