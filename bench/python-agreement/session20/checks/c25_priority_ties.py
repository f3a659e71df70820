"""PriorityQueue orders ties by the tuple's next field; LifoQueue returns last in first."""
import queue
import threading

pq = queue.PriorityQueue()
lq = queue.LifoQueue()
from_pq = []
from_lq = []


def consume():
    while not pq.empty():
        from_pq.append(pq.get()[1])
    while not lq.empty():
        from_lq.append(lq.get())


if __name__ == "__main__":
    for prio, name in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
        pq.put((prio, name))
    for n in [1, 2, 3]:
        lq.put(n)
    t = threading.Thread(target=consume)
    t.start()
    t.join()
