# wait(timeout=) returns (done, not_done) at the deadline without cancelling.
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []


def job(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, d) for d in [0.001, 0.2, 0.002]]
    done, not_done = wait(futures, timeout=0.05)
    log.append(len(done))
    log.append(len(not_done))
    log.append(sorted(f.result() for f in done)[0])
print(log)
