"""apply_async with callback and error_callback on a pool made by hand, then close() and join().

CPython's result-handler thread runs callback(value) for a job that returned and
error_callback(exception) for one that raised, one at a time; join() waits for it, so every
callback has run when join() returns."""
import multiprocessing


def check(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n * 10


good = []
bad = []

if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=2)
    for n in range(1, 7):
        pool.apply_async(check, (n,), callback=good.append, error_callback=bad.append)
    pool.close()
    pool.join()
    messages = sorted(str(e) for e in bad)
    print(sorted(good), messages)
    assert sorted(good) == [10, 20, 40, 50] and messages == ["bad 3", "bad 6"]
