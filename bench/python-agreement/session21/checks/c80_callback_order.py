# done callbacks of one future run in the order they were added
from concurrent.futures import ThreadPoolExecutor
import time

order = []


def job():
    time.sleep(0.01)
    return 1


def first(f):
    order.append("first")


def second(f):
    order.append("second")


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    fut.add_done_callback(first)
    fut.add_done_callback(second)
print(order)
