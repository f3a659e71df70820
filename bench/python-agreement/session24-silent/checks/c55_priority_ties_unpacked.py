import queue
import threading

pq = queue.PriorityQueue()
order = []


def producer():
    pq.put((2, "b"))
    pq.put((1, "z"))
    pq.put((1, "a"))
    pq.put((2, "a"))


t = threading.Thread(target=producer)
t.start()
t.join()
for _ in range(4):
    prio, name = pq.get()
    order.append(name)
print(order)
