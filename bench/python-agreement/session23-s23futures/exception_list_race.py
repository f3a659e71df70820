# BUG: a check-then-act on a shared counter without a lock; the exceptions of the jobs that saw the
# limit reached are listed with `[f.exception() for f in futures]`, whose count depends on the race.
import time
from concurrent.futures import ThreadPoolExecutor

taken = 0
limit_errors = 0


class LimitReached(Exception):
    pass


def take(n):
    global taken
    if taken >= 2:
        raise LimitReached(n)
    time.sleep(0.001)
    taken += 1
    return n


def main():
    global limit_errors
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(take, n) for n in range(3)]
        errors = [f.exception() for f in futures]
    limit_errors = sum(1 for e in errors if isinstance(e, LimitReached))
    assert taken + limit_errors == 3
    assert taken <= 2, taken


main()
print(taken, limit_errors)
