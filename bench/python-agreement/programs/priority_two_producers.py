"""Two producer threads fill a PriorityQueue of ints while a consumer takes the smallest each time."""
import queue
import threading

pq = queue.PriorityQueue()
seen = [0, 0, 0, 0]


def producer(a, b):
    pq.put(a)
    pq.put(b)


def consumer():
    for i in range(4):
        item = pq.get()
        seen[i] = item


c = threading.Thread(target=consumer)
c.start()
p1 = threading.Thread(target=producer, args=(5, 1))
p2 = threading.Thread(target=producer, args=(4, 2))
p1.start()
p2.start()
p1.join()
p2.join()
c.join()
print("seen:", seen)
