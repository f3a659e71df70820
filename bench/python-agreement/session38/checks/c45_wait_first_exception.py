# wait(return_when=FIRST_EXCEPTION) returns as soon as one job raises; slower jobs are pending.
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

log = []


def job(name, delay, fail):
    time.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, "a", 0.01, True), pool.submit(job, "b", 0.2, False),
               pool.submit(job, "c", 0.001, False)]
    done, pending = wait(futures, return_when=FIRST_EXCEPTION)
    log.append(len(done))
    log.append(len(pending))
print(log)
