# check: a thread whose function waits on a list of futures given as its argument
import threading
from concurrent.futures import ThreadPoolExecutor, wait

log = []


def job(n):
    return n + 1


def watcher(fs):
    done, pending = wait(fs)
    log.append(len(done))


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(job, 1), ex.submit(job, 2)]
    t = threading.Thread(target=watcher, args=(fs,))
    t.start()
    t.join()
