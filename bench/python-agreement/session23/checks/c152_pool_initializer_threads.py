# check: ThreadPoolExecutor starts a new worker only when none is idle: jobs waited one by one reuse one thread
import threading
from concurrent.futures import ThreadPoolExecutor

inits = []
lock = threading.Lock()


def init():
    with lock:
        inits.append(1)


def job(n):
    return n + 1


with ThreadPoolExecutor(max_workers=4, initializer=init) as ex:
    for n in range(4):
        ex.submit(job, n).result()
started = len(inits)
