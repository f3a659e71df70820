"""Refused: the first map's function returns its parameter, whose kind weft does not follow."""
from multiprocessing import Pool


def same(item):
    return item


def size(item):
    return len(item)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        items = pool.map(same, [(1, 2), (3,)])
        sizes = pool.map(size, items)
    print(sizes)
