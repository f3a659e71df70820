# BUG: deadlock: a task in a one-worker pool submits a sub-task to the same pool and waits for it
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout

SUBTASK_TIMEOUT = 0.2

pool = ThreadPoolExecutor(max_workers=1)
status = "pending"


def child(x):
    return x * 2


def parent(x):
    global status
    inner = pool.submit(child, x)
    try:
        value = inner.result(timeout=SUBTASK_TIMEOUT)
        status = "done"
        return value
    except FutureTimeout:
        status = "starved"
        return -1


if __name__ == "__main__":
    result = pool.submit(parent, 21).result()
    pool.shutdown(wait=True)
    assert result == 42, f"sub-task starved: {status}"
