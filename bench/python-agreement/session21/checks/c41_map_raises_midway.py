# ex.map raises at the failing item; the items before it were already taken
from concurrent.futures import ThreadPoolExecutor

out = []


def invert(n):
    return 12 // n


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for r in pool.map(invert, [1, 2, 0, 3]):
            out.append(r)
    except ZeroDivisionError:
        out.append(-1)
print(out)
