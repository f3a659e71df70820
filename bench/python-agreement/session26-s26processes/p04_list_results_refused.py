"""Refused: the first map's jobs return lists, which CPython pickles for the second map's jobs (copies)."""
from multiprocessing import Pool


def pairs(n):
    return [n, n + 1]


def grow(items):
    items.append(0)
    return len(items)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        lists = pool.map(pairs, [1, 2])
        sizes = pool.map(grow, lists)
    print(lists, sizes)
