import time
from concurrent.futures import ThreadPoolExecutor

flag = 0
seen = []


def job():
    return 1


def callback(fut):
    seen.append(flag)


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    time.sleep(0.01)
    flag = 1
    fut.add_done_callback(callback)
print(seen)
