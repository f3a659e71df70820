# check: PriorityQueue with tuples that tie on priority is ordered by the second item
import queue
import threading

pq = queue.PriorityQueue()
out = []


def consumer():
    for _ in range(4):
        prio, name = pq.get()
        out.append(name)


for item in ((2, "b"), (1, "z"), (2, "a"), (1, "y")):
    pq.put(item)
t = threading.Thread(target=consumer)
t.start()
t.join()
