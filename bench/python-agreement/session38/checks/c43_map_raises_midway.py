# ordered
# Executor.map: iterating the results raises at the first failing item; the earlier results were seen.
from concurrent.futures import ThreadPoolExecutor

log = []


def invert(n):
    return 100 // n


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(invert, [5, 4, 0, 2]):
            log.append(value)
    except ZeroDivisionError:
        log.append("zero")
print(log)
