import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
order = []


def job():
    return 1


def callback(fut):
    with lock:
        order.append("callback")


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        fut = pool.submit(job)
        fut.result()
        with lock:
            fut.add_done_callback(callback)
            order.append("main")
    print(order)
