# repro: as r01, without the loop: two add_done_callback calls of futures made one by one
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
    slow = executor.submit(job, 0)
    fast = executor.submit(job, 1)
    slow.add_done_callback(on_done)
    fast.add_done_callback(on_done)
print("finished:", finished)
