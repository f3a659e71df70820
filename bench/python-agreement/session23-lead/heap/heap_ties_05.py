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
    pq.put(Job(2, 'j0'))
    pq.put(Job(3, 'j1'))
    pq.put(Job(3, 'j2'))
    pq.put(Job(3, 'j3'))
    job = pq.get()
    got.append(job.name)
    pq.put(Job(1, 'j5'))
    pq.put(Job(1, 'j6'))
    job = pq.get()
    got.append(job.name)
    pq.put(Job(1, 'j8'))
    pq.put(Job(1, 'j9'))
    pq.put(Job(1, 'j10'))
    pq.put(Job(2, 'j11'))
    job = pq.get()
    got.append(job.name)
    pq.put(Job(2, 'j13'))
    job = pq.get()
    got.append(job.name)
    for _ in range(7):
        job = pq.get()
        got.append(job.name)


t = threading.Thread(target=work)
t.start()
t.join()
print(got)
