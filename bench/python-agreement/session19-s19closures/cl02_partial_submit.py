# functools.partial given to an executor's submit: unlocked additions race.
# CPython 3.11.7 (agree.py, 10 runs): ok total=12 (10 of 10). weft explore: 4 outcome(s), complete, CPython's among them.
import functools
from concurrent.futures import ThreadPoolExecutor

total = 0


def add(amount, times):
    global total
    for _ in range(times):
        total += amount


with ThreadPoolExecutor(max_workers=2) as pool:
    pool.submit(functools.partial(add, 1), 2)
    pool.submit(functools.partial(add, 10, times=1))
print(total)
