import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
log = []


def job(text):
    try:
        with lock:
            return int(text)
    finally:
        log.append("end")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job, "x")
print(sorted(log), f.exception() is not None)
log.append(f.exception() is not None)
print(sorted(log, key=str))
