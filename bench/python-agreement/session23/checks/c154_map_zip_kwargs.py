# check: Executor.map over two iterables of different lengths stops at the shorter; submit with keyword arguments
from concurrent.futures import ThreadPoolExecutor

out = []


def power(base, exp=2):
    r = 1
    for _ in range(exp):
        r *= base
    return r


with ThreadPoolExecutor(max_workers=2) as ex:
    for v in ex.map(power, [2, 3, 4], [3, 2]):
        out.append(v)
    out.append(ex.submit(power, 5, exp=3).result())
