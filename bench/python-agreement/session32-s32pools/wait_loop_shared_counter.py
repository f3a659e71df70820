# BUG: each pass counts its round with an unlocked += that a job also does: an update can be lost
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

ticks = 0


def job(n):
    global ticks
    time.sleep(0.001 * n)
    ticks += 1
    return n


finished = 0
with ThreadPoolExecutor(max_workers=3) as pool:
    pending = [pool.submit(job, n) for n in range(1, 4)]
    while pending:
        ticks += 1
        done, pending = wait(pending, timeout=2.0, return_when=FIRST_COMPLETED)
        for fut in done:
            finished += fut.result()
print("ticks:", ticks, "finished:", finished)
