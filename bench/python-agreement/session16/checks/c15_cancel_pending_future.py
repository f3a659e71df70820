# check: with one worker busy, a pending future can be cancelled; cancel() returns True and the job never runs
from concurrent.futures import ThreadPoolExecutor
import threading
import time

ran = []
cancelled_ok = -1


def job(n):
    time.sleep(0.02)
    ran.append(n)


with ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(job, 1)
    f2 = ex.submit(job, 2)
    cancelled_ok = f2.cancel()
print(ran, cancelled_ok)
