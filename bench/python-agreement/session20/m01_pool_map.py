"""Square numbers in a process pool; the parent keeps the results."""
from multiprocessing import Pool

squares = []
total = 0


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        squares = pool.map(square, range(6))
    total = sum(squares)
    assert total == 55
