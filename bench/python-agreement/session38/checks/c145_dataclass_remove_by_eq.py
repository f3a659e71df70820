# ordered
# list.remove of a dataclass instance removes the first equal one (by fields).
import threading
from dataclasses import dataclass

log = []


@dataclass
class Task:
    name: str


tasks = []


def worker():
    tasks.append(Task("a"))
    tasks.append(Task("b"))
    tasks.remove(Task("a"))
    log.append(len(tasks))
    log.append(tasks[0].name)


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
