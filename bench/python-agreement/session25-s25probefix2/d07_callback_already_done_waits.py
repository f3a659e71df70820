# the callback added to a future already done runs at once in the caller: one that waits for an
# Event nobody has set yet times out there (False); refused
import threading
from concurrent.futures import ThreadPoolExecutor

ready = threading.Event()
heard = []


def on_done(future):
    heard.append(ready.wait(0.05))


def job():
    return 1


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(job)
f.result()
f.add_done_callback(on_done)
ready.set()
pool.shutdown()
first = heard[0]
print(first)
