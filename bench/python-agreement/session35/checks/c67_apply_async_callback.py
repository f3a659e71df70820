"""Pool.apply_async with a callback that collects results in the parent."""
from multiprocessing import Pool

collected = []


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        results = [pool.apply_async(square, (n,), callback=collected.append) for n in (2, 3, 4)]
        for r in results:
            r.wait()
        pool.close()
        pool.join()
    total = sum(collected)
    print(sorted(collected), total)
