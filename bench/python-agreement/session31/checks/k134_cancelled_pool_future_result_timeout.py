# r11 in concurrent.futures: result(timeout=1) of a pool future cancelled while queued raises CancelledError
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
    third.result(timeout=1)
    third_state = "value"
except CancelledError:
    third_state = "cancelled"
except TimeoutError:
    third_state = "timeout"
print(cancelled, third_state, ran)
