# check: as_completed(timeout=...) raises TimeoutError when a job is still running
import time
import concurrent.futures as cf

got = []
timed_out = 0


def job(d):
    time.sleep(d)
    return d


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(job, 0.005), ex.submit(job, 0.1)]
    try:
        for f in cf.as_completed(fs, timeout=0.03):
            got.append(1)
    except cf.TimeoutError:
        timed_out = 1
