# BUG: deadlock (pool starvation): each task waits for a subtask queued on the same full pool; the wait only ends by its time-out
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=2)


def child(x):
    return x + 1


def parent(x):
    sub = pool.submit(child, x)
    try:
        return sub.result(timeout=0.2)
    except TimeoutError:
        return None


parents = [pool.submit(parent, x) for x in (10, 20)]
answers = [p.result() for p in parents]
pool.shutdown(wait=True)
print(answers)
assert None not in answers, answers
