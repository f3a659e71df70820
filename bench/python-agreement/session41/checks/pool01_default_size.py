# check: ThreadPoolExecutor() with no max_workers has min(32, os.cpu_count() + 4) threads (6 on a 2-core host)
from concurrent.futures import ThreadPoolExecutor
import threading
import time

long_done = 0
seen_by_short = -1
lock = threading.Lock()


def long_job():
    global long_done
    time.sleep(0.04)
    with lock:
        long_done += 1


def short_job():
    global seen_by_short
    time.sleep(0.001)
    with lock:
        seen_by_short = long_done


with ThreadPoolExecutor() as pool:
    for _ in range(5):
        pool.submit(long_job)
    pool.submit(short_job)
print(long_done, seen_by_short)
