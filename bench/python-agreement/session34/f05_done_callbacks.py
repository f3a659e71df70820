# Futures with add_done_callback: each callback appends the result to a ledger under a lock; the callback of a
# failed future records the error type instead.
import threading
from concurrent.futures import ThreadPoolExecutor

ledger = []
ledger_lock = threading.Lock()
error_kinds = []


def price(item, qty):
    if qty == 0:
        raise ValueError(f"no quantity for {item}")
    return {"apple": 3, "pear": 5, "fig": 7}[item] * qty


def record(future):
    with ledger_lock:
        exc = future.exception()
        if exc is not None:
            error_kinds.append(type(exc).__name__)
        else:
            ledger.append(future.result())


orders = [("apple", 2), ("pear", 0), ("fig", 1)]
with ThreadPoolExecutor(max_workers=2) as pool:
    for item, qty in orders:
        pool.submit(price, item, qty).add_done_callback(record)

ledger.sort()
revenue = sum(ledger)
print("ledger", ledger, "revenue", revenue, "errors", error_kinds)
