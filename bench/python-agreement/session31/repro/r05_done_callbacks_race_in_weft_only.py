# CPython 3.11: calls=2 (every run; both callbacks run one after the other in the pool's one worker thread, before
# shutdown(wait=True) returns). weft-start: calls=2 and calls=1, "complete": an outcome CPython cannot reach (a false
# alarm, not a silent error): weft runs the two callbacks as tasks of their own whose `calls += 1` interleave.
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

gate.set()
executor.shutdown(wait=True)
print(calls)
