from concurrent.futures import ThreadPoolExecutor
import threading

order = []
lock = threading.Lock()

def job(n):
    return n * 2

def on_done(f):
    with lock:
        order.append(f.result())

with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(job, n) for n in range(3)]
    for f in futs:
        f.add_done_callback(on_done)
order.sort()
