# result(timeout=) gives up waiting, the job still runs to the end before the pool's shutdown returns
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

finished = 0
gave_up = 0


def job():
    global finished
    time.sleep(0.03)
    finished = 1


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    try:
        fut.result(timeout=0.005)
    except TimeoutError:
        gave_up = 1
print(finished, gave_up)
