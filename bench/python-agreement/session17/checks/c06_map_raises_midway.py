# no bug: iterating executor.map re-raises the first failing job's exception at its position; earlier results are kept
from concurrent.futures import ThreadPoolExecutor

results = []
error = "none"


def invert(n):
    return 100 // n


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(invert, [5, 0, 10]):
            results.append(r)
    except ZeroDivisionError:
        error = "division"
print(results, error)
