# a done callback waiting for another future of its one-worker pool: CPython hangs (the other job
# cannot start while the callback holds the worker); refused
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
log = []


def on_done(future):
    second.result()
    log.append(1)


def first():
    gate.wait()
    return 1


def job(n):
    return n


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(first)
second = pool.submit(job, 2)
f.add_done_callback(on_done)
gate.set()
pool.shutdown()
print(log)
