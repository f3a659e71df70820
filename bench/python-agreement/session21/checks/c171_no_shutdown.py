# an executor never shut down: the interpreter still waits for its job at exit
import time
from concurrent.futures import ThreadPoolExecutor

written = 0


def job():
    global written
    time.sleep(0.05)
    written = 1


pool = ThreadPoolExecutor(max_workers=1)
pool.submit(job)
