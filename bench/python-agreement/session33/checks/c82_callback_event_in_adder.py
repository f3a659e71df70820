import threading
import time
from concurrent.futures import ThreadPoolExecutor

ready = threading.Event()
log = []


def job():
    return 3


def callback(fut):
    log.append(("callback sees ready", ready.is_set()))


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    time.sleep(0.01)
    fut.add_done_callback(callback)
    ready.set()
print(log)
