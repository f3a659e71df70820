"""r.wait() on each AsyncResult, then read what the callbacks recorded, inside the with Pool.

wait() returns once the result is set, which CPython's result handler does only after the
callback returned: every callback has run after the loop, so `len(seen)` is 4 in every run. A job
that raised makes wait() return all the same (wait never raises); get() raises its error."""
from multiprocessing import Pool

seen = []
errors = 0


def square(n):
    if n == 3:
        raise ValueError("three")
    return n * n


def on_error(error):
    global errors
    errors += 1


if __name__ == "__main__":
    with Pool(2) as pool:
        results = [pool.apply_async(square, (n,), callback=seen.append, error_callback=on_error) for n in range(5)]
        for r in results:
            r.wait()
        recorded = len(seen) + errors
    print(sorted(seen), errors, recorded)
    assert recorded == 5
