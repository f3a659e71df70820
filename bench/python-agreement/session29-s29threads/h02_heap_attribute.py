"""A timer wheel's heap as an attribute (`self._due = []`), pushed and drained through heapq by two threads."""
from heapq import heappop, heappush
import threading


class Timers:
    def __init__(self) -> None:
        self._due = []
        self._lock = threading.Lock()

    def add(self, when: int) -> None:
        with self._lock:
            heappush(self._due, when)

    def next_due(self) -> int:
        with self._lock:
            if not self._due:
                return -1
            return heappop(self._due)


timers = Timers()
fired = []


def scheduler() -> None:
    for when in (30, 10, 20):
        timers.add(when)


def runner() -> None:
    for _ in range(3):
        when = timers.next_due()
        if when >= 0:
            fired.append(when)


threads = [threading.Thread(target=scheduler), threading.Thread(target=runner)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("fired", fired)
assert len(fired) <= 3
