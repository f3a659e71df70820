# a queued job cancelled before a worker takes it never runs
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
lock = threading.Lock()
cancel_ok = 0


def job(n):
    time.sleep(0.05)
    with lock:
        ran.append(n)


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(job, 1)
    second = pool.submit(job, 2)
    time.sleep(0.01)
    if second.cancel():
        cancel_ok = 1
print(ran, cancel_ok)
