import threading
from concurrent.futures import ThreadPoolExecutor

slots = threading.Semaphore(1)
log = []


def job(text):
    slots.acquire()
    try:
        return int(text)
    finally:
        slots.release()


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, t) for t in ("x", "3")]
    for f in futures:
        try:
            log.append(f.result())
        except ValueError:
            log.append("bad")
print(log)  # ordered
