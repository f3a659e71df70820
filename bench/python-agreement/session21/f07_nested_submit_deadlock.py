# BUG: deadlock: a task waits on a task it submitted to the same single-worker pool
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=1)


def child():
    return "child done"


def parent():
    inner = pool.submit(child)
    try:
        return inner.result(timeout=0.5)
    except TimeoutError:
        return "timed out"


outcome = pool.submit(parent).result()
pool.shutdown(wait=True)
print("parent returned:", outcome)
assert outcome == "child done", "parent deadlocked waiting on its own pool"
