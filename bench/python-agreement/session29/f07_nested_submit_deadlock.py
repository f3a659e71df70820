# BUG: pool starvation deadlock: a task on a one-worker pool waits for a task it submitted to the same pool
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=1)
outcome = 0


def inner():
    return 5


def outer():
    global outcome
    child = pool.submit(inner)
    try:
        outcome = child.result(timeout=0.05)
    except TimeoutError:
        outcome = -1


pool.submit(outer).result()
pool.shutdown()
print("outcome:", outcome)
