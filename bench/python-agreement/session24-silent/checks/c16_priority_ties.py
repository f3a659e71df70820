import queue
import threading

pq = queue.PriorityQueue()
lq = queue.LifoQueue()
order = []


def producer():
    for item in [(2, "b"), (1, "z"), (1, "a"), (2, "a")]:
        pq.put(item)
    for n in [1, 2, 3]:
        lq.put(n)


t = threading.Thread(target=producer)
t.start()
t.join()
while not pq.empty():
    order.append(pq.get()[1])
while not lq.empty():
    order.append(str(lq.get()))
print(order)
