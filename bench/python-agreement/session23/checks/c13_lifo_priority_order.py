# check: LifoQueue gives last-in first-out, PriorityQueue smallest first with tuples
import queue
import threading

lifo_out = []
prio_out = []


def fill_and_drain():
    lq = queue.LifoQueue()
    for i in (1, 2, 3):
        lq.put(i)
    while not lq.empty():
        lifo_out.append(lq.get())
    pq = queue.PriorityQueue()
    for item in ((2, 20), (1, 11), (2, 5), (1, 3)):
        pq.put(item)
    while not pq.empty():
        prio_out.append(pq.get()[1])


t = threading.Thread(target=fill_and_drain)
t.start()
t.join()
