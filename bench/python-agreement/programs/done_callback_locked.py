"""Done callbacks that add a job's result to a total under a lock: one added while the job may still
run (CPython runs it in the worker that finishes the job), one added after `result()` (the job is
done: CPython runs it at once in the caller). The total is 30 in the end whatever the order."""
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
total = 0
seen_in_caller = 0


def job(n):
    return n * 10


def add(f):
    global total
    with lock:
        total += f.result()


with ThreadPoolExecutor(2) as ex:
    f1 = ex.submit(job, 1)
    f1.add_done_callback(add)
    f2 = ex.submit(job, 2)
    f2.result()
    f2.add_done_callback(add)
    with lock:
        seen_in_caller = total
print(total, seen_in_caller)
