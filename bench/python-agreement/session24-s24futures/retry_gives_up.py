# Every attempt times out: the helper raises after its loop, and the caller catches it inside the
# executor's `with` (the shutdown then waits for the three jobs still running).
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

timeouts = 0
failed = 0
finished = []


def slow(n):
    time.sleep(0.05)
    finished.append(n)
    return n


def call_with_retries(ex, retries):
    global timeouts
    for attempt in range(retries):
        fut = ex.submit(slow, attempt)
        try:
            return fut.result(timeout=0.01)
        except TimeoutError:
            timeouts += 1
    raise RuntimeError("gave up")


with ThreadPoolExecutor(max_workers=4) as ex:
    try:
        call_with_retries(ex, 3)
    except RuntimeError:
        failed = 1
print(timeouts, failed, sorted(finished))
