# bug: Executor.map of a functools.partial and of a lambda; the jobs add to a global without a lock.
# CPython 3.11.7 (agree.py, 10 runs): ok total=36 last_scaled=20 last_doubled=4 (10 of 10). weft explore: 9 outcomes, complete, CPython's among them (the lost updates). Refused before session 19.
import functools
from concurrent.futures import ThreadPoolExecutor
total = 0
def scale(factor, n):
    global total
    total += factor * n
    return factor * n
with ThreadPoolExecutor(2) as pool:
    results = list(pool.map(functools.partial(scale, 10), [1, 2]))
    doubled = list(pool.map(lambda n: scale(2, n), range(1, 3)))
last_scaled = results[1]
last_doubled = doubled[1]
print(results, doubled, total)
