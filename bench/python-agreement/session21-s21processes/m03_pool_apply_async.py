"""apply_async per item, then get() of each result in order."""
from multiprocessing import Pool

values = []


def scaled(x, factor):
    return x * factor


if __name__ == "__main__":
    with Pool(2) as pool:
        pending = [pool.apply_async(scaled, (i, 10)) for i in range(4)]
        values = [result.get() for result in pending]
    assert values == [0, 10, 20, 30]
