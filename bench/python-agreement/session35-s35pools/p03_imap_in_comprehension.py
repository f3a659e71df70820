# imap taken whole by a comprehension inside `with Pool(...)`: every result arrives before the with ends.
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        odd = [n for n, sq in zip(range(6), pool.imap(square, range(6))) if sq % 2]
        doubled = [2 * sq for sq in pool.imap(square, [1, 2, 3])]
    print("odd", odd, "doubled", doubled)
