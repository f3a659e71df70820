# (priority, name) tuples with float priorities on a PriorityQueue: the smallest float first, an int
# priority ordered among them as Python compares them.
import queue
import threading

pq = queue.PriorityQueue()
order = []


def producer():
    pq.put((0.5, "b"))
    pq.put((1, "c"))
    pq.put((0.25, "a"))


def consumer():
    for _ in range(3):
        priority, name = pq.get()
        order.append(name)


p = threading.Thread(target=producer)
p.start()
p.join()
c = threading.Thread(target=consumer)
c.start()
c.join()
print(order)
