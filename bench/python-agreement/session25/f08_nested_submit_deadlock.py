# BUG: deadlock: a task waits on a future it submitted to the same one-worker pool
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=1)


def child(x):
    return x + 1


def parent(x):
    inner = pool.submit(child, x)
    try:
        return inner.result(timeout=0.2)
    except TimeoutError:
        return None


result = pool.submit(parent, 41).result()
pool.shutdown()
print("result", result)
assert result == 42, "parent starved its own child task"
