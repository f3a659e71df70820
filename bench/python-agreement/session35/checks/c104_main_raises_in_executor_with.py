"""main raises inside `with ThreadPoolExecutor`: the with waits for the jobs, then the exception goes on."""
import time
from concurrent.futures import ThreadPoolExecutor

finished = []
caught = 0


def job(n):
    time.sleep(0.002)
    finished.append(n)


try:
    with ThreadPoolExecutor(max_workers=2) as pool:
        pool.submit(job, 1)
        pool.submit(job, 2)
        raise ValueError("stop")
except ValueError:
    caught = 1
print(sorted(finished), caught)
