"""imap taken whole by a filtered comprehension inside with Pool."""
from multiprocessing import Pool


def cube(x):
    return x * x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        big = [c for c in pool.imap(cube, range(5)) if c > 5]
        sums = sum(c for c in pool.imap(cube, [1, 2]))
    print(big, sums)
