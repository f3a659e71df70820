# Check: jobs submitted one after another (each awaited) reuse the pool's one idle worker thread: threading.local shows a single thread made. Bug: none.
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
created = 0
lock = threading.Lock()


def job(x):
    global created
    if not hasattr(local, "seen"):
        local.seen = 0
        with lock:
            created += 1
    local.seen += 1
    return x + 1


with ThreadPoolExecutor(max_workers=4) as pool:
    a = pool.submit(job, 1).result()
    b = pool.submit(job, 2).result()
    c = pool.submit(job, 3).result()

print(f"created={created} a={a} b={b} c={c}")
