import time
from concurrent.futures import ThreadPoolExecutor

log = []

def job():
    time.sleep(0.05)

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job)
    time.sleep(0.01)
    log.append("running" if f.running() else "not running")
    f.result()
    log.append("done" if f.done() else "not done")
