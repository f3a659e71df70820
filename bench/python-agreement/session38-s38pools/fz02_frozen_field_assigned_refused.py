# A worker "corrects" a frozen record in place: CPython raises FrozenInstanceError in the thread.
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    sensor: str
    value: int


READINGS = [Reading("a", 3), Reading("b", -1)]
fixed = []


def clamp(reading):
    if reading.value < 0:
        reading.value = 0
    fixed.append(reading.value)


threads = [threading.Thread(target=clamp, args=(r,)) for r in READINGS]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"fixed={sorted(fixed)}")
