# no bug: how many jobs a default ThreadPoolExecutor runs at once
from concurrent.futures import ThreadPoolExecutor
import threading
import time

lock = threading.Lock()
active = 0
peak = 0


def job(n):
    global active, peak
    with lock:
        active += 1
        peak = max(peak, active)
    time.sleep(0.01)
    with lock:
        active -= 1


with ThreadPoolExecutor() as ex:
    for n in range(8):
        ex.submit(job, n)
