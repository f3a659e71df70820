# multiprocessing.Pool() has os.cpu_count() processes; os.cpu_count() itself counts the jobs. weft names
# the machine beside its claim, with both lines.
import os
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool() as pool:
        squares = pool.map(square, range(os.cpu_count()))
    total = sum(squares)
    print(total)
