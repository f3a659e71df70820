# BUG: done callbacks run in both workers and count finished jobs with an unlocked +=: an update can be lost
import time
from concurrent.futures import ThreadPoolExecutor

finished = 0
cancelled_seen = 0


def job(n):
    time.sleep(0.002 * n)
    return n


def on_done(fut):
    global finished, cancelled_seen
    if not fut.cancelled():
        finished += 1
    else:
        cancelled_seen += 1


with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(job, n) for n in range(1, 5)]
    for f in fs:
        f.add_done_callback(on_done)
    fs[3].cancel()
print("finished:", finished, "cancelled_seen:", cancelled_seen)
