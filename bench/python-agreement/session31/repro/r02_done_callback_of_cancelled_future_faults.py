# CPython 3.11: calls=2 cancelled=True. weft-start: imports, then every run faults in the done callback of the
# cancelled future ("CancelledError: `job#...` was cancelled" at `result watched`), "complete within a 20ms time
# window": CPython's state is never listed (found as variants/f05_v1). CPython calls a done callback of a future
# cancelled before it ran, at cancel() in the cancelling thread; the callback does not read the result.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
calls = 0


def job(n):
    if n == 0:
        gate.wait(1)
    return n


def on_done(fut):
    global calls
    calls += 1


executor = ThreadPoolExecutor(max_workers=1)
first = executor.submit(job, 0)
first.add_done_callback(on_done)
second = executor.submit(job, 1)
second.add_done_callback(on_done)
cancelled = second.cancel()
gate.set()
executor.shutdown(wait=True)
print(calls, cancelled)
