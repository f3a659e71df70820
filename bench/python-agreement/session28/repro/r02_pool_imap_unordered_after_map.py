# weft's own error ("does not load"): a Pool call over 3 items, then imap_unordered over 4
from multiprocessing import Pool


def double(n: int) -> int:
    return 2 * n


total = 0

if __name__ == "__main__":
    with Pool(2) as pool:
        for v in pool.map(double, range(3)):
            total += v
        for v in pool.imap_unordered(double, range(4)):
            total += v
    print(total)
    assert total == 18
