"""Apply, apply_async results taken with get() inside the with, and imap consumed by a for."""
from multiprocessing import Pool


def add(a, b):
    return a + b


def double(x):
    return 2 * x


if __name__ == "__main__":
    with Pool(2) as pool:
        x = pool.apply(add, (1, 2))
        rs = [pool.apply_async(add, (i, i)) for i in range(2)]
        total = 0
        for r in rs:
            total += r.get()
        for y in pool.imap(double, range(2)):
            print(x, total, y)
