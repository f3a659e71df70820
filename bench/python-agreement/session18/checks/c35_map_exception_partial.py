# ex.map: iterating the results raises at the failing item; the items before it were taken.
from concurrent.futures import ThreadPoolExecutor

taken = []
failed = 0


def invert(n):
    return 100 // n


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for value in ex.map(invert, [5, 0, 4]):
            taken.append(value)
    except ZeroDivisionError:
        failed += 1
