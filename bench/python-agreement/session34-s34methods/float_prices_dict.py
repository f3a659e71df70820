# BUG: two pool jobs raise the same price without a lock: each reads, then writes, so a raise can be lost
from concurrent.futures import ThreadPoolExecutor

prices = {"apple": 1.0, "pear": 2.5, "plum": 3}
history = []


def raise_price(item, step):
    old = prices[item]
    prices[item] = old + step
    history.append(item)


def halve(item):
    prices[item] = prices[item] / 2


with ThreadPoolExecutor(max_workers=3) as pool:
    pool.submit(raise_price, "apple", 0.25)
    pool.submit(raise_price, "apple", 0.5)
    pool.submit(halve, "pear")
    pool.submit(raise_price, "plum", 1.5)

print("apple", prices["apple"], "pear", prices["pear"], "plum", prices["plum"], "raises", len(history))
