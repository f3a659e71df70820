# ordered
# Callbacks added before the job finishes run in the order they were added.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
gate = threading.Event()


def job():
    gate.wait()
    return 3


def first(f):
    log.append(f"first {f.result()}")


def second(f):
    log.append(f"second {f.result()}")


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(job)
    future.add_done_callback(first)
    future.add_done_callback(second)
    gate.set()
log.append("end")
print(log)
