# Known bug: the worker pool swallows a task's exception (the future is never checked), so one order is silently lost: processed == 3 of 4.
from concurrent.futures import ThreadPoolExecutor
import threading

processed = 0
lock = threading.Lock()


def process_order(order_id):
    global processed
    if order_id == 2:
        raise KeyError("missing customer")
    with lock:
        processed += 1


with ThreadPoolExecutor(max_workers=2) as executor:
    for order_id in range(4):
        executor.submit(process_order, order_id)

print("processed", processed, "of", 4)
