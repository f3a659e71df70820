# Pool.apply_async with callback and error_callback, results counted in module globals.
import multiprocessing

good = []
bad = []


def half(n):
    if n % 2:
        raise ValueError(n)
    return n // 2


def on_ok(v):
    good.append(v)


def on_err(e):
    bad.append(1)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        rs = [pool.apply_async(half, (n,), callback=on_ok, error_callback=on_err) for n in (2, 3, 4)]
        pool.close()
        pool.join()
    good.sort()
    print(good, len(bad))
