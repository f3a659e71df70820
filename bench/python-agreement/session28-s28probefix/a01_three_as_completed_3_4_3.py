# Three as_completed loops over 3, then 4, then 3 jobs in one function: the third reuses the first's array
from concurrent.futures import ThreadPoolExecutor, as_completed


def double(n: int) -> int:
    return 2 * n


total = 0
with ThreadPoolExecutor(max_workers=2) as ex:
    for f in as_completed([ex.submit(double, n) for n in range(3)]):
        total += f.result()
    for f in as_completed([ex.submit(double, n) for n in range(4)]):
        total += f.result()
    for f in as_completed([ex.submit(double, n) for n in range(3)]):
        total += f.result()
print(total)
assert total == 6 + 12 + 6
