"""A pool job divides by a shared integer another job set to 0; its exception is read by exception()."""
import time
from concurrent.futures import ThreadPoolExecutor, wait

divisor = 4
log = []


def reset():
    global divisor
    divisor = 0


def share(total):
    time.sleep(0.01)
    return total // divisor


with ThreadPoolExecutor(max_workers=2) as pool:
    first = pool.submit(reset)
    second = pool.submit(share, 100)
    wait([first, second])
    log.append(type(second.exception()).__name__)
print(log)
