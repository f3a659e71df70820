# `[f.exception() for f in futures]` at module level: each job's exception, None where it returned,
# in the list's order; then the count and the kinds of the exceptions.
from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    if n > 2:
        raise KeyError(n)
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(check, n) for n in range(5)]
    errors = [f.exception() for f in futures]

failed = sum(e is not None for e in errors)
kinds = [type(e).__name__ for e in errors if e is not None]
first_message = str(errors[1])
print(failed, kinds, first_message)
