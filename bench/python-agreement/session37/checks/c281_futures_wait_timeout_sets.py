import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []


def job(ms):
    time.sleep(ms / 1000)
    return ms


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, ms) for ms in (1, 40)]
    done, pending = wait(futures, timeout=0.01)
    log.append(len(done))
    log.append(len(pending))
print(log)  # ordered
