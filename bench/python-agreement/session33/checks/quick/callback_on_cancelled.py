import threading
from concurrent.futures import ThreadPoolExecutor
gate = threading.Event()
log = []
def blocker():
    gate.wait()
def job():
    return 1
def cb(f):
    log.append(('cb', f.cancelled()))
with ThreadPoolExecutor(1) as pool:
    pool.submit(blocker)
    f = pool.submit(job)
    f.cancel()
    f.add_done_callback(cb)
    log.append('added')
    gate.set()
print(log)
