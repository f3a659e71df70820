# one worker: each done callback runs in the worker thread right after its job, before the next job starts
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    log.append(f"job{n}")
    return n


def on_done(fut):
    log.append(f"cb{fut.result()}")


executor = ThreadPoolExecutor(max_workers=1)
a = executor.submit(job, 0)
a.add_done_callback(on_done)
b = executor.submit(job, 1)
b.add_done_callback(on_done)
executor.shutdown(wait=True)
print(log)
