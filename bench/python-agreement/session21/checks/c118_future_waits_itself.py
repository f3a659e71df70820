# BUG: a job waits for its own future's result (with a time-out): it can only time out
from concurrent.futures import ThreadPoolExecutor, TimeoutError

outcome = []


def job():
    try:
        fut.result(timeout=0.05)
        outcome.append("impossible")
    except TimeoutError:
        outcome.append("timed out")
    return 1


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
print(outcome)
