import itertools
import queue
import threading

pq = queue.PriorityQueue()
counter = itertools.count()
order = []


def submit(priority, name):
    pq.put((priority, next(counter), name))


def drain():
    while not pq.empty():
        _, _, name = pq.get()
        order.append(name)


submit(2, "b")
submit(1, "a2")
submit(1, "a1")
submit(0, "z")
t = threading.Thread(target=drain)
t.start()
t.join()
lifo = queue.LifoQueue()
for x in ("x", "y", "z"):
    lifo.put(x)
order.append(lifo.get())
print(order)
