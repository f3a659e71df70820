# check: which pool thread runs each job (idle workers are reused)
from concurrent.futures import ThreadPoolExecutor
import threading
import time

names = []


def job(n):
    names.append(threading.current_thread().name)
    return n


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="w") as pool:
    for n in range(4):
        pool.submit(job, n).result()
        time.sleep(0.002)
print(names)
