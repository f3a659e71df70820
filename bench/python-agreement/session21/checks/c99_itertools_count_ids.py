# next() of itertools.count as a job id (one C call, so thread-safe in CPython)
import itertools
import threading

ids = itertools.count(1)
taken = []
lock = threading.Lock()


def worker():
    job_id = next(ids)
    with lock:
        taken.append(job_id)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(taken))
