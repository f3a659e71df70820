# variant of f08 (job submits to an executor another task made: refused): the outer job creates its own inner pool -- bug: deadlock -- a task in a one-worker pool submits a subtask to the same pool and waits for it
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=1)
timed_out = 0
inner_result = 0


def inner():
    return 42


def outer():
    global timed_out, inner_result
    with ThreadPoolExecutor(max_workers=1) as inner_pool:
        child = inner_pool.submit(inner)
        try:
            inner_result = child.result(timeout=0.1)
        except TimeoutError:
            timed_out = 1


pool.submit(outer).result()
pool.shutdown(wait=True)
print("starved" if timed_out else "ok")
