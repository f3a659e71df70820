# check: wait() with a timeout returns the unfinished futures in not_done
from concurrent.futures import ThreadPoolExecutor, wait
import time

counts = []


def job(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(job, d) for d in (0.001, 0.002, 0.2)]
    done, not_done = wait(futs, timeout=0.05)
    counts.append(len(done))
    counts.append(len(not_done))
print(counts)
