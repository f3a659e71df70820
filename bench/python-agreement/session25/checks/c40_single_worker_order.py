# check: with one worker, each job's done-callback runs before the next job starts
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
trail = []


def job(n):
    gate.wait()
    trail.append(f"job{n}")


def callback(future):
    trail.append("cb")


pool = ThreadPoolExecutor(max_workers=1)
for n in range(3):
    pool.submit(job, n).add_done_callback(callback)
gate.set()
pool.shutdown()
joined = " ".join(trail)
print(joined)
