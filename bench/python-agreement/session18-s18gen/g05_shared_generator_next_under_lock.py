# CPython 3.11.7, 10 runs (agree.py): taken=[70, 80, 90] in all 10. weft explore: 4 outcomes, complete,
# CPython's among them (the order of the appends varies: 70 then 90 then 80, 80 first...).
# session18/t12's form (a generator object shared by threads, next(jobs, None) under a lock) with
# items weft has run-time values for (numbers; t12's are tuples holding dicts, refused).
# Workers pull job ids from one shared generator under a lock.
import threading

JOB_IDS = [7, 8, 9]
job_lock = threading.Lock()
done_lock = threading.Lock()
taken = []


def job_source(ids):
    for job_id in ids:
        yield job_id * 10


jobs = job_source(JOB_IDS)


def worker():
    while True:
        with job_lock:
            job = next(jobs, None)
        if job is None:
            return
        with done_lock:
            taken.append(job)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sorted(taken) == [70, 80, 90]
print(taken)
