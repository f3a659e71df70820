# Known bug: with one worker, a job that submits another job and waits for it can never get it run; the inner wait times out (timeouts == 1).
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=1)
timeouts = 0
value = 0


def inner():
    return 5


def outer():
    global timeouts, value
    f = executor.submit(inner)
    try:
        value = f.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        timeouts += 1


executor.submit(outer).result()
executor.shutdown(wait=True)
print("timeouts:", timeouts, "value:", value)
