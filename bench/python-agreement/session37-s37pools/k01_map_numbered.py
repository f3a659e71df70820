# A thread pool's map over a list, then a module-level dict comprehension numbering the results with
# an itertools.count: the key is computed (a call) before each value.
from concurrent.futures import ThreadPoolExecutor
from itertools import count

SIZES = [3, 1, 4, 1, 5]


def double(n):
    return n * 2


ids = count(10, 5)
with ThreadPoolExecutor(max_workers=2) as pool:
    doubled = list(pool.map(double, SIZES))

by_id = {next(ids): d for d in doubled}
print(by_id)
assert by_id == {10: 6, 15: 2, 20: 8, 25: 2, 30: 10}
