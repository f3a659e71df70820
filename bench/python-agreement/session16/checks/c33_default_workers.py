# check: ThreadPoolExecutor() with no max_workers runs three jobs at once (min(32, cpu_count + 4) workers)
import threading
from concurrent.futures import ThreadPoolExecutor

barrier = threading.Barrier(3)
arrived = 0
lock = threading.Lock()


def job():
    global arrived
    barrier.wait()
    with lock:
        arrived += 1


with ThreadPoolExecutor() as ex:
    futures = [ex.submit(job) for _ in range(3)]
print(arrived)
