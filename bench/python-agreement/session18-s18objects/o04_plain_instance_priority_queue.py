# bug: a plain dataclass defines no `<`, so the second put into the PriorityQueue raises TypeError
# CPython 3.11.7 (agree.py, 10 runs): TypeError: '<' not supported between instances of 'Job' and 'Job' at the
# second put, every run; weft: the same fault (before session 18 it ordered them first come, first served)
import queue
from dataclasses import dataclass


@dataclass
class Job:
    priority: int
    name: str


todo = queue.PriorityQueue()
todo.put(Job(2, "report"))
todo.put(Job(1, "backup"))
job = todo.get()
print(job.name)
