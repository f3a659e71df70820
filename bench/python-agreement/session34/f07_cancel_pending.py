# With a single worker, later submissions wait in the queue; cancelling them before they start succeeds,
# cancelling the running one does not.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ran = []
cancel_results = []


def step(n):
    if n == 0:
        gate.wait()
    ran.append(n)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(step, n) for n in range(4)]
    for f in futures[2:]:
        cancel_results.append(f.cancel())
    cancel_results.append(futures[0].cancel())
    gate.set()

completed = [f.result() for f in futures if not f.cancelled()]
print("ran", ran, "cancel", cancel_results, "completed", completed)
