import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
log = []


def job(text):
    with lock:
        value = int(text)
    return value


with ThreadPoolExecutor(max_workers=1) as pool:
    for text in ("x", "2"):
        try:
            log.append(pool.submit(job, text).result())
        except ValueError:
            log.append("bad")
print(log)  # ordered
