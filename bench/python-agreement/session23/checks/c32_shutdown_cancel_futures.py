# check: shutdown(cancel_futures=True) cancels jobs not yet started; the running one finishes
import time
from concurrent.futures import ThreadPoolExecutor

ran = []

def job(n):
    time.sleep(0.01)
    ran.append(n)


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(job, n) for n in range(4)]
time.sleep(0.002)
ex.shutdown(wait=True, cancel_futures=True)
