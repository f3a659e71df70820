"""Executor map with a locked counter and a per-item sleep."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

counter = 0
lock = threading.Lock()


def task(n):
    global counter
    time.sleep(0.001 * n)
    with lock:
        counter += n
    return counter


with ThreadPoolExecutor(max_workers=2) as ex:
    seen = list(ex.map(task, [1, 2, 3]))
print(counter, seen)
