# Pool jobs take a Semaphore slot by hand and give it back in `finally`; the first job's division by
# zero raises. CPython always ends: the slot comes back on the way out, the next job takes it.
# Before session 37 weft skipped the `finally` of the faulting job and listed a deadlock alone.
import threading
from concurrent.futures import ThreadPoolExecutor

slots = threading.Semaphore(1)
results = []


def share(total, parts):
    slots.acquire()
    try:
        results.append(total // parts)
    finally:
        slots.release()


with ThreadPoolExecutor(max_workers=2) as pool:
    first = pool.submit(share, 10, 0)
    second = pool.submit(share, 10, 2)
    try:
        first.result()
    except ZeroDivisionError:
        results.append("zero")
    second.result()
print(results)
