# Check: executor.map raises the first failing job's exception while iterating; earlier results are kept. Bug: none.
from concurrent.futures import ThreadPoolExecutor

got = []
error = ""


def inv(n):
    return 100 // n


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for r in pool.map(inv, [5, 4, 0, 2]):
            got.append(r)
    except ZeroDivisionError as exc:
        error = type(exc).__name__

print(f"got={got} error={error}")
