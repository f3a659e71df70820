# SILENT ERROR. CPython (every run): [True, 'CancelledError', 1]. weft (start binary): `fault` alone,
# "complete" ("fault in main at `result second`: CancelledError: `job-1#1` was cancelled"). In CPython
# 3.11 `concurrent.futures.CancelledError` derives from `concurrent.futures.Error`, an `Exception`
# (asyncio's CancelledError is a BaseException); `except Exception` around `result()` of a cancelled
# pool job catches it. weft has one class for both, a BaseException (crates/sim-core/src/model.rs, the
# built-in classes: `("CancelledError", "BaseException")`), so the handler does not match and the run
# faults. `except BaseException` or `except CancelledError` (from concurrent.futures) agree.
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
