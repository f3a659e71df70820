from concurrent.futures import ThreadPoolExecutor
import time

OFFSET = 100


def slow_square(n):
    time.sleep(0.001 * n)
    return n * n


with ThreadPoolExecutor(max_workers=2) as pool:
    squares = list(pool.map(slow_square, range(4)))
    shifted = list(pool.map(lambda n: (n + OFFSET) // 2, range(4)))
total = sum(squares) + sum(shifted)
print(squares, shifted, total)
assert total == 14 + 50 + 50 + 51 + 51
