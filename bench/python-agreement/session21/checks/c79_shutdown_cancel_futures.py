# shutdown(cancel_futures=True) cancels the jobs not yet started
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
lock = threading.Lock()


def job(n):
    time.sleep(0.02)
    with lock:
        ran.append(n)


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(4)]
time.sleep(0.005)
pool.shutdown(wait=True, cancel_futures=True)
print(ran)
