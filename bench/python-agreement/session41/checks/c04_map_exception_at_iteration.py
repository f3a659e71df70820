# check: executor.map raises the job's exception when the iteration reaches it
from concurrent.futures import ThreadPoolExecutor

got = []


def inverse(x):
    return 100 // x


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for r in pool.map(inverse, [5, 4, 0, 2]):
            got.append(r)
    except ZeroDivisionError:
        got.append(-1)
print(got)
