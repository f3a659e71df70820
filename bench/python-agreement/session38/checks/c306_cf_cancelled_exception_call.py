# ordered
# future.exception() of a cancelled pool job raises CancelledError (an Exception in concurrent.futures).
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
gate = threading.Event()


def job(n):
    gate.wait()
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(job, 1)
    second = pool.submit(job, 2)
    second.cancel()
    gate.set()
    try:
        second.exception()
        log.append("no raise")
    except Exception as e:
        log.append(type(e).__name__)
print(log)
