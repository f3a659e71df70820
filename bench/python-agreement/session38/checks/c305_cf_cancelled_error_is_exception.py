# ordered
# concurrent.futures.CancelledError is an Exception (unlike asyncio's): `except Exception` around
# result() of a cancelled job catches it.
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
    log.append(second.cancel())
    gate.set()
    try:
        second.result()
    except Exception as e:
        log.append(type(e).__name__)
    log.append(first.result())
print(log)
