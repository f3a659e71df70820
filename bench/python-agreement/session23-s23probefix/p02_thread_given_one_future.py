# a thread given one executor future as its argument waits on it
import threading
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    return n + 1


def watcher(f):
    log.append(f.result())


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, 1)
    t = threading.Thread(target=watcher, args=(f,))
    t.start()
    t.join()
