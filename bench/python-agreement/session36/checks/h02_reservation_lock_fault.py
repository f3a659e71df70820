"""Realistic form of r06: stock reservations run as pool jobs that take the inventory lock; a
discontinued SKU (stock None) raises TypeError inside the lock; after the pool's with, the caller inspects each future's exception()."""
import threading
from concurrent.futures import ThreadPoolExecutor

inventory = {"bolt": 10, "nut": 4, "washer": None}
inventory_lock = threading.Lock()
reserved = []
failures = []


def reserve(sku, count):
    with inventory_lock:
        left = inventory[sku] - count
        if left < 0:
            return 0
        inventory[sku] = left
    return count


REQUESTS = [("bolt", 3), ("washer", 2), ("nut", 5)]
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(reserve, sku, n) for sku, n in REQUESTS]
for (sku, _), future in zip(REQUESTS, futures):
    if future.exception() is not None:
        failures.append(sku)
    else:
        reserved.append(future.result())
print(sorted(reserved), failures, inventory)
