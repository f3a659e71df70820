import threading
import time
from concurrent.futures import ThreadPoolExecutor

where = []


def job():
    return 1


def callback(fut):
    where.append(threading.current_thread().name)


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="w") as pool:
    fut = pool.submit(job)
    time.sleep(0.01)
    fut.add_done_callback(callback)
print(where)
