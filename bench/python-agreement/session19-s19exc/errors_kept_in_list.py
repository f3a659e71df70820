# CPython 3.11.7, 10 of 10 runs: ok, names ['ValueError: odd 1', 'ValueError: odd 3'], total 2; weft: that and the other order of the jobs (2 outcomes, complete). Before session 19's fix of str(x) of a value from a list, weft printed its tuple and missed CPython's state under 'complete'.
# Exceptions of jobs kept in a list and looked at after the pool: their class names and messages.
from concurrent.futures import ThreadPoolExecutor, as_completed

errors = []
names = []
total = 0


def check(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(check, n) for n in range(4)]
    for future in as_completed(futures):
        try:
            total += future.result()
        except ValueError as exc:
            errors.append(exc)

for error in errors:
    names.append(type(error).__name__ + ": " + str(error))
assert total == 2
