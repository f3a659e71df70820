# The instance itself in a display is found (Python's `in` compares with `is` first); another equal
# instance would need the dataclass's field equality (refused: see p10).
import threading
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int


first = Job("backup", 1)
second = Job("mail", 2)
found = 0
lock = threading.Lock()


def check() -> None:
    global found
    with lock:
        if first in [second, first]:
            found += 1
        if second in (second,):
            found += 10


t = threading.Thread(target=check)
t.start()
t.join()
print(found)
