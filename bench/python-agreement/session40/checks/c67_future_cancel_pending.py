# Check: Future.cancel() succeeds on a queued job and fails on a running one. Bug: none.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
ran = []
c_running = -1
c_queued = -1


def job(n):
    started.set()
    time.sleep(0.05)
    ran.append(n)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    f1 = pool.submit(job, 1)
    f2 = pool.submit(job, 2)
    started.wait()
    c_running = int(f1.cancel())
    c_queued = int(f2.cancel())

print(f"c_running={c_running} c_queued={c_queued} ran={ran}")
