"""apply_async(...).get(timeout) chained inside with Pool, and a dict of results."""
from multiprocessing import Pool


def area(w, h):
    return w * h


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        big = pool.apply_async(area, (6, 7)).get(timeout=5)
        small = pool.apply_async(area, (2, 3)).get(timeout=5)
    total = big + small
    print(big, small, total)
