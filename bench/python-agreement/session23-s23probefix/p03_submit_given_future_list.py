# an executor job given the list of other jobs' futures (r08's form through submit)
from concurrent.futures import ThreadPoolExecutor, wait

log = []


def job(n):
    return n + 1


def collect(fs):
    done, _ = wait(fs)
    log.append(len(done))


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, 1), ex.submit(job, 2)]
    c = ex.submit(collect, fs)
