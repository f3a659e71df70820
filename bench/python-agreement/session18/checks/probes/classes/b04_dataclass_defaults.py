import threading
from dataclasses import dataclass, field

@dataclass
class Job:
    name: str
    retries: int = 2
    log: list = field(default_factory=list)

jobs = [Job("a"), Job("b", retries=0)]
job_a = jobs[0]
job_b = jobs[1]
lock = threading.Lock()

def run(job):
    for attempt in range(job.retries + 1):
        with lock:
            job.log.append(attempt)

ts = [threading.Thread(target=run, args=(j,)) for j in jobs]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = len(job_a.log) + len(job_b.log)
