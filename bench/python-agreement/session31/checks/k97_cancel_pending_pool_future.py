# cancel() of a future still queued behind a busy one-worker pool: True, and its result() raises CancelledError
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

gate = threading.Event()
ran = []


def job(n):
    if n == 0:
        gate.wait(1)
    ran.append(n)
    return n


executor = ThreadPoolExecutor(max_workers=1)
first = executor.submit(job, 0)
second = executor.submit(job, 1)
third = executor.submit(job, 2)
cancelled = third.cancel()
gate.set()
executor.shutdown(wait=True)
try:
    third.result()
    third_state = "value"
except CancelledError:
    third_state = "cancelled"
print(cancelled, third_state, ran)
