# check: Executor.map raises the first failing item's exception when the loop reaches it; earlier results are used
from concurrent.futures import ThreadPoolExecutor

seen = []
errors = 0


def inv(x):
    return 100 // x


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for value in ex.map(inv, [4, 5, 0, 10]):
            seen.append(value)
    except ZeroDivisionError:
        errors += 1
