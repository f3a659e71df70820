# Done callbacks of pool futures read `fut.cancelled()`: the two cancelled while queued say so, the others log their results
import threading
import time
from concurrent.futures import ThreadPoolExecutor

events = []
gate = threading.Event()


def job(n):
    if n == 0:
        gate.wait(1)  # hold the only worker until the main thread has cancelled the rest
    time.sleep(0.001)
    return n * 100


def on_done(fut):
    if fut.cancelled():
        events.append(-1)
    else:
        events.append(fut.result())


executor = ThreadPoolExecutor(max_workers=1)
futures = []
for n in range(4):
    f = executor.submit(job, n)
    f.add_done_callback(on_done)
    futures.append(f)

cancelled = [f.cancel() for f in futures[2:]]
gate.set()
executor.shutdown(wait=True)
print("cancelled:", cancelled, "events:", sorted(events))
