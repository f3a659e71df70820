# check: a done-callback runs in the pool's worker thread, so a blocking callback holds up the next job
import threading
from concurrent.futures import ThreadPoolExecutor, wait

gate = threading.Event()
ready = threading.Event()
got = []


def on_done(future):
    got.append(ready.wait(0.3))


def first():
    gate.wait()
    return 1


def second():
    ready.set()
    return 2


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(first)
f.add_done_callback(on_done)
g = pool.submit(second)
gate.set()
wait([f, g])
pool.shutdown()
heard = got[0]
print("callback heard second job:", heard)
