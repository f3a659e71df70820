# The time-out comes first: every job still runs (one worker: two are queued), `done` is empty, and
# the queued jobs are cancelled.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

expired = 0
cancelled = 0
ran = 0


def slow(n):
    global ran
    time.sleep(0.1)
    ran += 1
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    futures = [ex.submit(slow, i) for i in range(3)]
    done, pending = wait(futures, timeout=0.02, return_when=FIRST_COMPLETED)
    if not done:
        expired = 1
    for f in pending:
        if f.cancel():
            cancelled += 1
print(expired, cancelled, ran)
