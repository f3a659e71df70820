# Three futures of a one-worker pool with a done callback each; the two still queued are cancelled:
# CPython calls their callbacks at cancel(), in main, while the first job waits for the gate.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
seen = 0
cancelled_seen = 0


def job(n):
    if n == 0:
        gate.wait(1)
    return n


def on_done(fut):
    global seen, cancelled_seen
    seen += 1
    if seen == 1:
        cancelled_seen = 1


executor = ThreadPoolExecutor(max_workers=1)
first = executor.submit(job, 0)
first.add_done_callback(on_done)
second = executor.submit(job, 1)
second.add_done_callback(on_done)
third = executor.submit(job, 2)
third.add_done_callback(on_done)
a = second.cancel()
b = third.cancel()
gate.set()
executor.shutdown(wait=True)
print(seen, cancelled_seen, a, b)
