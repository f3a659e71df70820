# `pool.map` whose results nobody reads: the job of item 5 raises IndexError (a fixed list), kept in
# its future; the `with` end raises nothing (CPython: done == [0, 1]).
from concurrent.futures import ThreadPoolExecutor

ITEMS = [10, 20, 30]
done = []


def job(i):
    value = ITEMS[i]
    done.append(i)
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    pool.map(job, [0, 5, 1])
print(sorted(done))
