# wait(FIRST_EXCEPTION) returns when a job fails with an implicit ZeroDivisionError, before the slow job ends
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

done_count = -1


def slow():
    time.sleep(0.06)
    return 1


def failing(d):
    time.sleep(0.01)
    return 1 // d


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(slow), pool.submit(failing, 0)]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    done_count = len(done)
print(done_count)
