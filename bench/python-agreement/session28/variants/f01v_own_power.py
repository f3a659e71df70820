from concurrent.futures import ThreadPoolExecutor
import time


def scale(value: int, factor: int, offset: int = 0) -> int:
    time.sleep(0.005)
    return value * factor + offset


def power(base: int, exponent: int) -> int:
    return base ** exponent


values = [1, 2, 3, 4]
factors = [10, 20, 30]  # map stops at the shortest iterable

with ThreadPoolExecutor(max_workers=3) as executor:
    scaled = list(executor.map(scale, values, factors))
    powers = list(executor.map(power, [2, 3, 4], [5, 2, 3]))
    shifted = list(executor.map(scale, values, [1] * 4, range(100, 104)))

for name, column in [("scaled", scaled), ("powers", powers), ("shifted", shifted)]:
    print(f"{name:>8}: " + " ".join(f"{v:4d}" for v in column))
assert scaled == [10, 40, 90]
assert powers == [32, 9, 64]
assert shifted == [101, 103, 105, 107]
