import queue
import threading


class JobError(Exception):
    def __init__(self, job):
        super().__init__(f"job {job} failed")
        self.job = job


outbox = queue.Queue()
log = []


def worker(job):
    try:
        if job == 2:
            raise JobError(job)
        outbox.put(job)
    except JobError as e:
        outbox.put(e)


threads = [threading.Thread(target=worker, args=(j,)) for j in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for _ in range(2):
    item = outbox.get()
    if isinstance(item, JobError):
        log.append(item.job)
    else:
        log.append(item * 10)
print(sorted(log))
