# check: list(ex.map(...)) that raises a job's exception cancels the jobs not yet started
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
errors = 0


def job(n):
    ran.append(n)
    if n == 0:
        raise ValueError("first fails")
    time.sleep(0.01)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    try:
        results = list(ex.map(job, [0, 1, 2, 3]))
    except ValueError:
        errors += 1
