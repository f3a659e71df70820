"""A thread submits two jobs and appends their futures to a module list; main joins it, then waits."""
import threading
from concurrent.futures import ThreadPoolExecutor, wait

pool = ThreadPoolExecutor(max_workers=2)
futures = []
total = 0


def job(n):
    return n * 10


def submitter():
    for n in range(2):
        futures.append(pool.submit(job, n))


t = threading.Thread(target=submitter)
t.start()
t.join()
wait(futures)
for f in futures:
    total += f.result()
pool.shutdown()
print(total)
