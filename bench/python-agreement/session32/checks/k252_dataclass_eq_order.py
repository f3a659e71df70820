# @dataclass(order=True): == compares fields, sorted orders by fields.
import threading
from dataclasses import dataclass


@dataclass(order=True)
class Task:
    priority: int
    name: str


tasks = []
r = {}


def work():
    tasks.append(Task(2, "b"))
    tasks.append(Task(1, "z"))
    tasks.append(Task(1, "a"))
    r["eq"] = 1 if Task(1, "a") == tasks[2] else 0
    r["first"] = min(tasks).name
    r["lt"] = 1 if tasks[1] < tasks[0] else 0


t = threading.Thread(target=work)
t.start()
t.join()
print(r)
