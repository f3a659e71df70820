import queue
import threading

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
out_lifo = []
out_prio = []

def fill():
    for n in (1, 2, 3):
        lifo.put(n)
    for item in ((2, "b"), (1, "z"), (2, "a")):
        prio.put(item)

def drain():
    while not lifo.empty():
        out_lifo.append(lifo.get())
    while not prio.empty():
        p, name = prio.get()
        out_prio.append(f"{p}{name}")

t = threading.Thread(target=fill)
t.start()
t.join()
d = threading.Thread(target=drain)
d.start()
d.join()
