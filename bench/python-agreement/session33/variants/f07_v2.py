# BUG: stale cache: a reader can fetch the old price, the writer then updates and invalidates, and the reader stores the stale price back in the cache
import time
from concurrent.futures import ThreadPoolExecutor

database = {"apple": 100}
cache = {}


def read_price(item):
    if item in cache:
        return cache[item]
    price = database[item]
    time.sleep(0)  # network round trip
    cache[item] = price
    return price


def update_price(item, price):
    database["apple"] = price
    cache.pop(item, None)


with ThreadPoolExecutor(max_workers=2) as pool:
    reader = pool.submit(read_price, "apple")
    writer = pool.submit(update_price, "apple", 200)
    first = reader.result()
    writer.result()

print("read", first, "db", database["apple"], "cache", cache.get("apple"), "stale", cache.get("apple", 200) != database["apple"])
