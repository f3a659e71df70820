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
    pq.put(Job(3, 'j0'))
    pq.put(Job(1, 'j1'))
    job = pq.get()
    got.append(job.name)
    pq.put(Job(2, 'j3'))
    pq.put(Job(2, 'j4'))
    pq.put(Job(1, 'j5'))
    pq.put(Job(2, 'j6'))
    pq.put(Job(1, 'j7'))
    for _ in range(6):
        job = pq.get()
        got.append(job.name)


t = threading.Thread(target=work)
t.start()
t.join()
print(got)
