# ordered
# dataclasses.replace makes a new instance; the original is unchanged.
import threading
from dataclasses import dataclass, replace

log = []


@dataclass
class Job:
    name: str
    tries: int = 0


def worker():
    job = Job("sync")
    retried = replace(job, tries=job.tries + 1)
    log.append(job.tries)
    log.append(retried.tries)
    log.append(retried.name)


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
