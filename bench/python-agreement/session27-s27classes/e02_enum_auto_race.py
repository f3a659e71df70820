# BUG: check-then-act on an enum phase without a lock: both threads may start the job.
import threading
from enum import Enum, auto


class Phase(Enum):
    IDLE = auto()
    STARTED = auto()


phase = Phase.IDLE
starts = 0


def start() -> None:
    global phase, starts
    if phase is Phase.IDLE:
        starts += 1
        phase = Phase.STARTED


threads = [threading.Thread(target=start) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
phase_value = phase.value
phase_text = f"{phase}"
print(phase, starts)
assert starts == 1
