# Look up prices for a basket from a (fake, slow) price service with a thread pool's map().
import time
from concurrent.futures import ThreadPoolExecutor

CATALOG = {"milk": 120, "bread": 250, "eggs": 310, "tea": 480}


def lookup(item):
    time.sleep(0.005)
    return CATALOG.get(item, 0)


def quote(basket):
    with ThreadPoolExecutor(max_workers=3) as pool:
        prices = list(pool.map(lookup, basket))
    for item, price in zip(basket, prices):
        print(f"{item}: {price / 100:.2f}")
    return sum(prices)


if __name__ == "__main__":
    total = quote(["milk", "eggs", "tea", "caviar"])
    print(f"total {total / 100:.2f}")
