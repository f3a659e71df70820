# r02 contrast (the callback added after the cancel, so CPython calls it at once in main): CPython 2 True, weft-start: every run faults
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
cancelled = second.cancel()
second.add_done_callback(on_done)
gate.set()
executor.shutdown(wait=True)
print(calls, cancelled)
