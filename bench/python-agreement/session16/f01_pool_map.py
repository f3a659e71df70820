# no bug: ThreadPoolExecutor.map keeps input order
from concurrent.futures import ThreadPoolExecutor
import time


def slow_square(x):
    time.sleep(0.001 * (5 - x))
    return x * x


with ThreadPoolExecutor(max_workers=3) as executor:
    squares = list(executor.map(slow_square, range(5)))

total = sum(squares)
print(f"squares={squares} total={total}")
assert squares == [0, 1, 4, 9, 16]
