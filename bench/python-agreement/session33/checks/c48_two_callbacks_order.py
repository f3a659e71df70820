import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
order = []


def job():
    gate.wait()
    return 5


def first(fut):
    order.append(("first", fut.result()))


def second(fut):
    order.append(("second", fut.result()))


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    order.append("added")
    gate.set()
print(order)
