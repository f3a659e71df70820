"""A job scheduler: a PriorityQueue ordered by deadline, workers retry failing jobs up to twice."""
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    deadline: int
    name: str = field(compare=False)
    fails_left: int = field(compare=False, default=0)
    attempts: int = field(compare=False, default=0)


MAX_RETRIES = 2
STOP = "stop"
jobs = queue.PriorityQueue()
done = []
failed = []
lock = threading.Lock()


def worker():
    while True:
        job = jobs.get()
        if job.name == STOP:
            jobs.task_done()
            break
        job.attempts += 1
        try:
            if job.fails_left > 0:
                job.fails_left -= 1
                raise RuntimeError(f"{job.name} timed out")
            with lock:
                done.append((job.name, job.attempts))
        except RuntimeError:
            with lock:
                if job.attempts <= MAX_RETRIES:
                    jobs.put(job)
                else:
                    failed.append(job.name)
        finally:
            jobs.task_done()


for job in [Job(30, "backup", 1), Job(10, "email"), Job(20, "report", 3), Job(15, "index")]:
    jobs.put(job)

workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
jobs.join()
for _ in workers:
    jobs.put(Job(10**9, STOP))
for w in workers:
    w.join()
print("done:", sorted(done))
print("failed:", failed)
