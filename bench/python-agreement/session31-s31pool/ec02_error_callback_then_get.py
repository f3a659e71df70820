"""error_callback alone, and get() of the failed result in a with Pool: the callback runs before get() raises.

The handler runs error_callback, then sets the result: by the time get() raises in the main
thread, the failure is counted. The one handler thread runs the error callbacks one at a time,
so `failures += 1` loses no update."""
from multiprocessing import Pool

failures = 0
caught = []


def risky(n):
    if n >= 2:
        raise KeyError(n)
    return n


def on_error(error):
    global failures
    failures += 1


if __name__ == "__main__":
    with Pool(2) as pool:
        pending = [pool.apply_async(risky, (n,), error_callback=on_error) for n in range(4)]
        for r in pending:
            try:
                r.get()
            except KeyError as e:
                caught.append(failures)
    print(failures, caught)
    assert failures == 2
