# bug: check-then-act -- three jobs see an order waiting, but there are only two; the caller
# catches the IndexError from result()
from concurrent.futures import ThreadPoolExecutor
import time

pending_orders = [101, 102]
orders_processed = 0
errors = 0


def handle_order():
    global orders_processed
    if pending_orders:
        time.sleep(0.001)
        pending_orders.pop(0)
        orders_processed += 1


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(handle_order) for _ in range(3)]
    for future in futures:
        try:
            future.result()
        except IndexError:
            errors += 1
