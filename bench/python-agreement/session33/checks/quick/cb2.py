import threading
import time
from concurrent.futures import ThreadPoolExecutor

rlock = threading.Lock()
order = []


def job():
    return 1


def callback(fut):
    with rlock:
        order.append("callback")


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    time.sleep(0.01)
    with rlock:
        fut.add_done_callback(callback)
        order.append("main")
print(order)
