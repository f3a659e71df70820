import threading
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int = 0


job = Job("backup", 2)
label = ""


def describe() -> None:
    global label
    label = repr(job)


t = threading.Thread(target=describe)
t.start()
t.join()
print(label)
