# A Pool: starmap over 2 pairs, map over 3 items, imap_unordered over 4 items
from multiprocessing import Pool


def add(a: int, b: int) -> int:
    return a + b


def double(n: int) -> int:
    return 2 * n


if __name__ == "__main__":
    total = 0
    with Pool(2) as pool:
        for v in pool.starmap(add, [(1, 2), (3, 4)]):
            total += v
        for v in pool.map(double, range(3)):
            total += v
        for v in pool.imap_unordered(double, range(4)):
            total += v
    print(total)
    assert total == 10 + 6 + 12
