# A two-worker pool runs four 10ms I/O tasks: two rounds, about 20ms.
import time
from concurrent.futures import ThreadPoolExecutor


def io_task(n):
    time.sleep(0.01)
    return n * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(io_task, range(4))))
