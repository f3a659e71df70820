import threading
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int


submitted = Job("backup", 1)
duplicate = Job("backup", 1)
already_queued = 0
lock = threading.Lock()


def enqueue() -> None:
    global already_queued
    with lock:
        if duplicate in [submitted]:
            already_queued = 1


t = threading.Thread(target=enqueue)
t.start()
t.join()
print(already_queued)
