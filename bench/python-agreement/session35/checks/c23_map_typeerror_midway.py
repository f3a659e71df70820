"""executor.map: results before the failing item arrive, then its TypeError (None * 2) stops the loop."""
from concurrent.futures import ThreadPoolExecutor

PRICES = [3, 4, None, 6]
doubled = []
stopped_at = -1


def double(i):
    return PRICES[i] * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(double, range(4)):
            doubled.append(value)
    except TypeError:
        stopped_at = len(doubled)
print(doubled, stopped_at)
