"""`values = [f1.result(), 10, f2.result()]` of an executor's futures, summed and read by index."""
from concurrent.futures import ThreadPoolExecutor
import time

total = 0
first = 0
last = 0


def square(n):
    time.sleep(0.001 * n)
    return n * n


def main():
    global total, first, last
    with ThreadPoolExecutor(max_workers=2) as pool:
        f1 = pool.submit(square, 3)
        f2 = pool.submit(square, 2)
        values = [f1.result(), 10, f2.result()]
    total = sum(values)
    first = values[0]
    last = values[-1]


main()
print(total, first, last)
