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
while not pq.empty():
    order.append(pq.get()[1])
print(order)
