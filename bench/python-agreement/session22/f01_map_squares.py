from concurrent.futures import ThreadPoolExecutor
import time


def slow_square(x):
    time.sleep(0.01 * (5 - x))
    return x * x


with ThreadPoolExecutor(max_workers=3) as pool:
    squares = list(pool.map(slow_square, range(5)))

print(squares)
print("sum", sum(squares))
