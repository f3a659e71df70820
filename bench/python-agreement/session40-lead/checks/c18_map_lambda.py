# A pool doubles prices with a lambda; map keeps the input order. No bug.
from concurrent.futures import ThreadPoolExecutor

prices = [3, 5, 8, 13]
doubled = []

with ThreadPoolExecutor(max_workers=3) as pool:
    for value in pool.map(lambda p: p * 2, prices):
        doubled.append(value)
total = sum(doubled)
print(doubled, total)
