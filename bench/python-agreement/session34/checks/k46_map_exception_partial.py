# executor.map raises at the failing item while iterating; results before it were consumed.
from concurrent.futures import ThreadPoolExecutor

consumed = []
errors = []


def invert(x):
    return 100 // x


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(invert, [5, 4, 0, 2]):
            consumed.append(value)
    except ZeroDivisionError:
        errors.append("zero")
print(consumed, errors)
