# A done callback that reads fut.result() of a future cancelled while queued: CPython calls it at
# cancel(), the result() raises CancelledError (an Exception of concurrent.futures), which
# _invoke_callbacks logs ("exception calling callback") and goes on; the other callback still counts.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
results = []


def job(n):
    if n == 0:
        gate.wait(1)
    return n * 10


def on_done(fut):
    results.append(fut.result())


executor = ThreadPoolExecutor(max_workers=1)
first = executor.submit(job, 0)
first.add_done_callback(on_done)
second = executor.submit(job, 1)
second.add_done_callback(on_done)
cancelled = second.cancel()
gate.set()
executor.shutdown(wait=True)
print(results, cancelled)
