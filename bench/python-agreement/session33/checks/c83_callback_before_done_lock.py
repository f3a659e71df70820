import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
order = []


def job():
    time.sleep(0.02)
    return 1


def callback(fut):
    with lock:
        order.append("callback")


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    with lock:
        fut.add_done_callback(callback)
        order.append("main")
print(order)
