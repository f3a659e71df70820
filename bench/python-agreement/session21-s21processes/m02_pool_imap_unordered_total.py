"""imap_unordered: results in the order the jobs finish; the total does not depend on it."""
import multiprocessing

total = 0


def cube(n):
    return n * n * n


if __name__ == "__main__":
    with multiprocessing.Pool(processes=3) as pool:
        for value in pool.imap_unordered(cube, [1, 2, 3, 4]):
            total += value
    assert total == 100
