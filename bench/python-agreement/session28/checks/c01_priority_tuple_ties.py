import queue
import threading

pq: queue.PriorityQueue = queue.PriorityQueue()
order: list[int] = []


def fill() -> None:
    pq.put((2, "b", 20))
    pq.put((1, "z", 10))
    pq.put((2, "a", 30))
    pq.put((1, "c", 40))


t = threading.Thread(target=fill)
t.start()
t.join()
while not pq.empty():
    order.append(pq.get()[2])
print(order)
assert order == [40, 10, 30, 20]
