import threading
from concurrent.futures import ThreadPoolExecutor

counter = 0
lock = threading.Lock()

def job(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

with ThreadPoolExecutor(max_workers=3) as ex:
    ex.map(job, [1, 2, 3])
