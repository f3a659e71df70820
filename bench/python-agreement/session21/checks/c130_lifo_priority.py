# LifoQueue takes the newest; PriorityQueue of (priority, seq, name) tuples
import queue
import threading

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
out = []


def producer():
    for i in range(3):
        lifo.put(i)
    prio.put((2, 0, "low"))
    prio.put((1, 1, "high"))
    prio.put((1, 0, "higher"))


t = threading.Thread(target=producer)
t.start()
t.join()
while not lifo.empty():
    out.append(lifo.get())
while not prio.empty():
    _, _, name = prio.get()
    out.append(name)
print(out)
