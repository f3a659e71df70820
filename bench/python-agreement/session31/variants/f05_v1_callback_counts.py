# One worker, many submissions: done callbacks log results, and pending futures are cancelled
import threading
import time
from concurrent.futures import ThreadPoolExecutor

events = []
events_lock = threading.Lock()
gate = threading.Event()


def job(n):
    if n == 0:
        gate.wait(1)  # hold the only worker until the main thread has cancelled the rest
    time.sleep(0.001)
    return n * 100


def on_done(fut):
    with events_lock:
        events.append("done")


executor = ThreadPoolExecutor(max_workers=1)
futures = []
for n in range(4):
    f = executor.submit(job, n)
    f.add_done_callback(on_done)
    futures.append(f)

cancelled = [f.cancel() for f in futures[2:]]
gate.set()
executor.shutdown(wait=True)

results = [f.result() for f in futures if not f.cancelled()]
print("cancelled:", cancelled)
print("results:", results)
print("events:", sorted(events))
