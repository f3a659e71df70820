# a done callback takes a lock that main holds while it waits for the next job: CPython deadlocks
# (the one worker is stuck in the callback, the next job never starts); weft refuses the callback
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
gate = threading.Event()
seen = []


def on_done(future):
    with lock:
        seen.append(future.result())


def first():
    gate.wait()
    return 1


def second():
    return 2


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(first)
f.add_done_callback(on_done)
with lock:
    gate.set()
    g = pool.submit(second)
    value = g.result(timeout=0.5)
pool.shutdown()
print(value, seen)
