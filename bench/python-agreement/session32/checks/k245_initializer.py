# ThreadPoolExecutor(initializer=...) runs once per worker thread before its first job.
import threading
from concurrent.futures import ThreadPoolExecutor

inits = 0
lock = threading.Lock()


def init():
    global inits
    with lock:
        inits += 1


def job(x):
    return x


with ThreadPoolExecutor(max_workers=2, initializer=init) as ex:
    list(ex.map(job, range(4)))
print(inits)
