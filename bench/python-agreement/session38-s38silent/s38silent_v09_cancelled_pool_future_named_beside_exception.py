# S3 fixed form (s38silent): r09 with `except (CancelledError, Exception)`, CancelledError from
# concurrent.futures. CPython: [True, 'CancelledError', 1]. Imports (the handler names the class weft raises).
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

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
    except (CancelledError, Exception) as e:
        log.append(type(e).__name__)
    log.append(first.result())
print(log)
