# Check: a threading.local default through a subclass with __init__, in pool jobs submitted together. Bug: none.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Slot(threading.local):
    def __init__(self):
        self.n = 0


slot = Slot()
maxes = []
lock = threading.Lock()


def job(x):
    slot.n += 1
    time.sleep(0.005)
    with lock:
        maxes.append(slot.n)
    return x


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(job, range(4)))

top = max(maxes)
print(f"top={top} results={results}")
