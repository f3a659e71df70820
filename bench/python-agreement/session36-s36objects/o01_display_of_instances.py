"""A list display of dataclass instances walked by a module-level loop: each job put on a queue, two
workers take them and bump the job's own counter; the same job object is put twice (a retry)."""
import queue
import threading
from dataclasses import dataclass


@dataclass
class Task:
    name: str
    cost: int
    tries: int = 0


tasks = queue.Queue()
log = []
lock = threading.Lock()
total = 0


def worker():
    global total
    while True:
        task = tasks.get()
        if task is None:
            break
        task.tries += 1
        with lock:
            log.append((task.name, task.tries))
        total += task.cost


for task in [Task("a", 1), Task("b", 2), Task("c", 3)]:
    tasks.put(task)
    if task.cost > 1:
        tasks.put(task)

threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()
print(sorted(log), total)
