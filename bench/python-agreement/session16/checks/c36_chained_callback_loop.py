# check: as repro/r01, the chained form in a for loop: ex.submit(job, n).add_done_callback(on_done)
import threading
import time
from concurrent.futures import ThreadPoolExecutor

finished = []
finished_lock = threading.Lock()


def job(n):
    if n == 0:
        time.sleep(0.02)
    return n * 3


def on_done(fut):
    with finished_lock:
        finished.append(fut.result())


with ThreadPoolExecutor(max_workers=2) as executor:
    for n in range(2):
        executor.submit(job, n).add_done_callback(on_done)
print("finished:", finished)
