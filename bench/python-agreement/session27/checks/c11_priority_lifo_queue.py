"""queue.PriorityQueue pops the smallest tuple; LifoQueue pops the newest."""
import queue
import threading

pq: queue.PriorityQueue = queue.PriorityQueue()
lq: queue.LifoQueue = queue.LifoQueue()
from_pq: list[str] = []
from_lq: list[int] = []


def fill() -> None:
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also-urgent")]:
        pq.put((prio, name))
    for n in (1, 2, 3):
        lq.put(n)


t = threading.Thread(target=fill)
t.start()
t.join()
while not pq.empty():
    from_pq.append(pq.get()[1])
while not lq.empty():
    from_lq.append(lq.get())
print(from_pq, from_lq)
