"""LifoQueue order and PriorityQueue tuple tie-breaking, filled by a thread and drained by main."""
import queue
import threading

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
drained = []


def fill():
    for i in (1, 2, 3):
        lifo.put(i)
    for item in ((2, "b"), (1, "z"), (2, "a"), (1, "y")):
        prio.put(item)


t = threading.Thread(target=fill)
t.start()
t.join()
while not lifo.empty():
    drained.append(lifo.get())
while not prio.empty():
    drained.append(prio.get()[1])
print(drained)
