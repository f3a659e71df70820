import time
from concurrent.futures import ThreadPoolExecutor, wait
done_count = 0
def slow(d):
    time.sleep(d)
    return d
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(slow, d) for d in (0.01, 0.2)]
    done, not_done = wait(fs, timeout=0.1)
    done_count = len(done)
print(done_count)
