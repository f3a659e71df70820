"""wait(fs, timeout=t) returns (done, not_done) at one deadline: the 10 ms job is done, the 300 ms job is
not (session 11's p10_wait_timeout_futures.py with integer results)."""
import time
from concurrent.futures import ThreadPoolExecutor, wait

done_count = 0
pending_count = 0


def slow(ms):
    time.sleep(ms / 1000)
    return ms


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(slow, ms) for ms in (10, 300)]
    done, not_done = wait(fs, timeout=0.1)
    done_count = len(done)
    pending_count = len(not_done)
print(done_count, pending_count)
