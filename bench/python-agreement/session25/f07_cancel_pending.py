import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

gate = threading.Event()


def slow_report(name):
    gate.wait(1.0)
    return f"report {name}"


pool = ThreadPoolExecutor(max_workers=1)
running = pool.submit(slow_report, "q1")
queued = [pool.submit(slow_report, f"q{i}") for i in (2, 3)]
cancelled = queued[1].cancel()
gate.set()

print("cancel queued:", cancelled)
print("cancel running:", running.cancel())
print(running.result(), "|", queued[0].result())
try:
    queued[1].result()
except CancelledError:
    print("q3 was cancelled", queued[1].cancelled())
pool.shutdown(wait=True)
