from dataclasses import dataclass
import threading

log = []


@dataclass(order=True)
class Job:
    priority: int
    name: str


jobs = [Job(2, "b"), Job(1, "a")]


def pick():
    log.append(min(jobs).name)


t = threading.Thread(target=pick)
t.start()
t.join()
print(log)  # ordered
