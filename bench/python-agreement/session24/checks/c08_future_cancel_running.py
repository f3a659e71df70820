"""Future.cancel() on a running future returns False; on a queued one True, and result() then raises."""
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=1) as executor:
    running = executor.submit(time.sleep, 0.05)
    queued = executor.submit(time.sleep, 0.05)
    time.sleep(0.01)
    cancel_running = int(running.cancel())
    cancel_queued = int(queued.cancel())
    raised = 0
    try:
        queued.result()
    except CancelledError:
        raised = 1
print(cancel_running, cancel_queued, raised)
