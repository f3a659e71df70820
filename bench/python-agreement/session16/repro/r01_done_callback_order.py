# repro: done callbacks run in the order the futures finish: a slow first job lets the second's callback run first
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
    futures = [executor.submit(job, n) for n in range(2)]
    for fut in futures:
        fut.add_done_callback(on_done)
print("finished:", finished)
