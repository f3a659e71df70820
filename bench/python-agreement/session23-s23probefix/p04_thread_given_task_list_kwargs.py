# a thread given a list of two executor futures by `kwargs=` and a list display of futures
import threading
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    return n + 1


def watcher(fs):
    for f in fs:
        log.append(f.result())


with ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(job, 1)
    b = ex.submit(job, 2)
    t = threading.Thread(target=watcher, args=([a, b],))
    t.start()
    t.join()
