import time
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED
def job(n):
    time.sleep(0.01 * n)
    return n
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(job, n) for n in range(3)]
    done, pending = wait(fs, return_when=ALL_COMPLETED)
    total = sum(f.result() for f in done)
print(total, len(pending))
