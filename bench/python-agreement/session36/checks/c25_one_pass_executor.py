"""A function with an early return, then an executor's with; called twice from main."""
from concurrent.futures import ThreadPoolExecutor

calls = []
totals = []


def square(x):
    calls.append(x)
    return x * x


def run(items, skip):
    if skip:
        return -1
    with ThreadPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, x) for x in items]
    return sum(f.result() for f in futures)


totals.append(run([1, 2, 3], False))
totals.append(run([4, 5], True))
totals.append(run([6], False))
print(totals, sorted(calls))
