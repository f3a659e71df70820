# A fan-out helper called with 2, 3 and 2 jobs, its results summed with sum(f.result() ...)
from concurrent.futures import ThreadPoolExecutor, wait


def square(n: int) -> int:
    return n * n


def batch(ex: ThreadPoolExecutor, count: int) -> int:
    futures = [ex.submit(square, n) for n in range(count)]
    wait(futures)
    return sum(f.result() for f in futures)


with ThreadPoolExecutor(max_workers=3) as ex:
    a = batch(ex, 2)
    b = batch(ex, 3)
    c = batch(ex, 2)
total = a + b + c
print(total)
assert total == 1 + 5 + 1
