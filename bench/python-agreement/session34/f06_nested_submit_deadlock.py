# BUG: a task in a one-worker pool submits a subtask to the same pool and waits for it: the only worker is
# busy waiting, so the subtask never runs (pool starvation deadlock). A timeout on the inner wait exposes it.
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=1)
outcome = {"parent": 0, "child": 0, "timed_out": 0}


def child(x):
    outcome["child"] += 1
    return x * 2


def parent(x):
    inner = pool.submit(child, x)
    try:
        value = inner.result(timeout=0.05)
    except TimeoutError:
        outcome["timed_out"] += 1
        value = -1
    outcome["parent"] += 1
    return value


result = pool.submit(parent, 21).result()
pool.shutdown(wait=True)
print("result", result, outcome)
assert result == 42, "parent starved its own child task"
