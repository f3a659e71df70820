# Order processing with completion callbacks: each submitted order gets add_done_callback, which
# records the outcome under a lock (callbacks run in the worker thread that finished the job).
import threading
from concurrent.futures import ThreadPoolExecutor

ORDERS = [("o1", 3, 10), ("o2", 0, 25), ("o3", 2, 7), ("o4", 5, 4)]
ledger_lock = threading.Lock()
revenue = 0
shipped = []
failed = []


def process(order_id, quantity, price):
    if quantity == 0:
        raise RuntimeError(f"{order_id}: empty order")
    return order_id, quantity * price


def on_done(future):
    global revenue
    with ledger_lock:
        if future.exception() is not None:
            failed.append(str(future.exception()))
            return
        order_id, amount = future.result()
        shipped.append(order_id)
        revenue += amount


with ThreadPoolExecutor(max_workers=2) as pool:
    for order in ORDERS:
        pool.submit(process, *order).add_done_callback(on_done)

print(f"revenue={revenue} shipped={sorted(shipped)} failed={failed}")
