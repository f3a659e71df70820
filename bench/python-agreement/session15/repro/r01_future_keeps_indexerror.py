# bug: check-then-act -- three jobs see an order waiting, but there are only two; the third job's
# IndexError stays inside its future, which nobody reads
from concurrent.futures import ThreadPoolExecutor
import time

pending_orders = [101, 102]
orders_processed = 0


def handle_order():
    global orders_processed
    if pending_orders:
        time.sleep(0.001)  # look the order up
        orders_processed += 1
        pending_orders.pop(0)


with ThreadPoolExecutor(max_workers=3) as executor:
    for _ in range(3):
        executor.submit(handle_order)

print("processed", orders_processed)
