# The same cause as r07, with the consequence users meet: a pool job takes a Semaphore slot and gives
# it back in `finally`; its `int(text)` raises ValueError. CPython 3.11.7: ['bad', 3] every run.
# weft (start binary): `deadlock` alone under "complete" -- the faulting job's `finally` (the release)
# never runs, so the second job waits for the slot for ever: a deadlock weft reports as the program's bug.
import threading
from concurrent.futures import ThreadPoolExecutor

slots = threading.Semaphore(1)
log = []


def job(text):
    slots.acquire()
    try:
        return int(text)
    finally:
        slots.release()


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, t) for t in ("x", "3")]
    for f in futures:
        try:
            log.append(f.result())
        except ValueError:
            log.append("bad")
print(log)
