# concurrent.futures.wait(fs, timeout=...) returns the done ones so far.
import time
from concurrent.futures import ThreadPoolExecutor, wait

counts = {}


def job(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(job, 0.001), ex.submit(job, 0.2)]
    done, not_done = wait(fs, timeout=0.05)
    counts["done"] = len(done)
    counts["not_done"] = len(not_done)
print(counts)
