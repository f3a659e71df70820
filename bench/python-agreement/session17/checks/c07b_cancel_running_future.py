# no bug: cancel() of a future that is already running returns False and the job completes
import time
from concurrent.futures import ThreadPoolExecutor

finished = 0
cancel_ok = -1


def job():
    global finished
    time.sleep(0.020)
    finished = 1


with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(job)
    time.sleep(0.005)
    if fut.cancel():
        cancel_ok = 1
    else:
        cancel_ok = 0
print(cancel_ok, finished)
