import queue
import threading
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


q = queue.Queue()
out = []


def consumer():
    job = q.get()
    out.append(job.meta['p'])


q.put(Job('a', ['x', 'y'], {'p': 1}))
t = threading.Thread(target=consumer)
t.start()
t.join()
print(out)
