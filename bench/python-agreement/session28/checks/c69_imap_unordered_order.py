import time
from multiprocessing import Pool


def slow_square(n: int) -> int:
    time.sleep(0.02 * n)
    return n * n


order: list[int] = []

if __name__ == "__main__":
    with Pool(3) as pool:
        for value in pool.imap_unordered(slow_square, [3, 1, 2]):
            order.append(value)
    print(order)
    assert order == [1, 4, 9]
