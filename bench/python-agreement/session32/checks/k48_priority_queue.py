# PriorityQueue order: tuples (priority, name) come out lowest first.
import queue
import threading

pq = queue.PriorityQueue()
order = []


def producer():
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put(item)


p = threading.Thread(target=producer)
p.start()
p.join()
while not pq.empty():
    order.append(pq.get()[1])
print(order)
