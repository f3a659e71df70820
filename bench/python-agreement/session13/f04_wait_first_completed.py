# Expected: wait(FIRST_COMPLETED) returns once the fast job is done; one future done, one still pending (first_done == 1, still_pending == 1).
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

first_done = 0
still_pending = 0
winner = 0


def job(seconds, tag):
    time.sleep(seconds)
    return tag


with ThreadPoolExecutor(max_workers=2) as executor:
    fast = executor.submit(job, 0.01, 1)
    slow = executor.submit(job, 0.1, 2)
    done, pending = wait([fast, slow], return_when=FIRST_COMPLETED)
    first_done = len(done)
    still_pending = len(pending)
    for f in done:
        winner = f.result()
print(first_done, still_pending, winner)
