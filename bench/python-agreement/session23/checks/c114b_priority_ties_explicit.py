# check: PriorityQueue with tuples that tie on priority is ordered by the second item
import queue
import threading

pq = queue.PriorityQueue()
out = []


def consumer():
    for _ in range(4):
        prio, name = pq.get()
        out.append(name)


pq.put((2, "b"))
pq.put((1, "z"))
pq.put((2, "a"))
pq.put((1, "y"))
t = threading.Thread(target=consumer)
t.start()
t.join()
