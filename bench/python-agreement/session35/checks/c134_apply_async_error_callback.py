"""Pool.apply_async with an error_callback: a job's ZeroDivisionError reaches the callback in the parent."""
from multiprocessing import Pool

errors = []
results = []


def ratio(a, b):
    return a // b


if __name__ == "__main__":
    with Pool(2) as pool:
        handles = [pool.apply_async(ratio, (10, d), callback=results.append, error_callback=lambda e: errors.append(type(e).__name__)) for d in (2, 0, 5)]
        for h in handles:
            h.wait()
    print(sorted(results), errors)
