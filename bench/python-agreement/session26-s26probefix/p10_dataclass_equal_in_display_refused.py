# REFUSED: `in` of a dataclass instance among other instances compares fields (generated __eq__).
import threading
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int


submitted = Job("backup", 1)
duplicate = Job("backup", 1)
queued = 0


def check() -> None:
    global queued
    if duplicate in [submitted]:
        queued = 1


t = threading.Thread(target=check)
t.start()
t.join()
print(queued)
