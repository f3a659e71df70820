import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


pq = queue.PriorityQueue()
got = []


def work():
    pq.put(Job(1, 'j0'))
    job = pq.get()
    got.append(job.name)
    pq.put(Job(1, 'j2'))
    pq.put(Job(3, 'j3'))
    pq.put(Job(2, 'j4'))
    pq.put(Job(3, 'j5'))
    for _ in range(4):
        job = pq.get()
        got.append(job.name)


t = threading.Thread(target=work)
t.start()
t.join()
print(got)
