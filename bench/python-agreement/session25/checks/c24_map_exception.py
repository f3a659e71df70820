# check: executor.map raises the failing item's exception when the iteration reaches it
from concurrent.futures import ThreadPoolExecutor

collected = []


def inverse(n):
    return 100 // n


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(inverse, [5, 4, 0, 2]):
            collected.append(value)
    except ZeroDivisionError:
        collected.append(-1)
count = len(collected)
print(collected)
