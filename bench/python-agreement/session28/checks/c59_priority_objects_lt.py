import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


pq: queue.PriorityQueue = queue.PriorityQueue()
names: list[str] = []


def fill() -> None:
    pq.put(Job(3, "low"))
    pq.put(Job(1, "high"))
    pq.put(Job(2, "mid"))


t = threading.Thread(target=fill)
t.start()
t.join()
while not pq.empty():
    names.append(pq.get().name)
print(names)
assert names == ["high", "mid", "low"]
