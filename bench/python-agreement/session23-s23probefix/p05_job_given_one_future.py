# the variant p02's refusal suggests: an executor job given one future waits on it
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    return n + 1


def watcher(f):
    log.append(f.result())


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, 1)
    w = ex.submit(watcher, f)
