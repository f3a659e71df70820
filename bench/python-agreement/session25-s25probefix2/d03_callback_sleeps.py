# a done callback that sleeps holds the one worker: the second job starts 50 ms late, so main's
# 30 ms wait for it times out in CPython (late=True); refused
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

log = []
gate = threading.Event()


def on_done(future):
    time.sleep(0.05)
    log.append(future.result())


def job(n):
    return n


def first():
    gate.wait()
    return 0


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(first)
f.add_done_callback(on_done)
g = pool.submit(job, 2)
gate.set()
try:
    late = g.result(timeout=0.03) == 0
except TimeoutError:
    late = True
pool.shutdown()
print(late)
