"""Pool.apply_async with callbacks run in the parent; starmap."""
from multiprocessing import Pool

collected = []
pairs = []


def mul(a, b):
    return a * b


def on_result(value):
    collected.append(value)


if __name__ == "__main__":
    with Pool(2) as pool:
        handles = [pool.apply_async(mul, (n, 10), callback=on_result) for n in range(3)]
        for h in handles:
            h.wait()
        pairs = pool.starmap(mul, [(1, 2), (3, 4)])
    collected.sort()
