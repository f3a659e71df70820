"""Two threads each submit a job and append its future to a shared list; main waits on the list. (Refused as "this list holds a future twice": it holds two futures.)"""
import threading
from concurrent.futures import ThreadPoolExecutor, wait

pool = ThreadPoolExecutor(max_workers=2)
futures = []
lock = threading.Lock()


def job(n):
    return n * 2


def submitter(n):
    f = pool.submit(job, n)
    with lock:
        futures.append(f)


threads = [threading.Thread(target=submitter, args=(n,)) for n in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wait(futures)
total = sum(f.result() for f in futures)
pool.shutdown()
print(total)
