# Check: PriorityQueue ties broken by the second tuple item (strings compare alphabetically), then the third. Bug: none.
import queue
import threading

pq = queue.PriorityQueue()
order = []


def producer():
    for item in [(2, "zeta", 1), (1, "mike", 2), (2, "alpha", 3), (1, "mike", 0)]:
        pq.put(item)


def consumer():
    for _ in range(4):
        p, name, n = pq.get()
        order.append(f"{p}{name}{n}")


a = threading.Thread(target=producer)
a.start()
a.join()
b = threading.Thread(target=consumer)
b.start()
b.join()
print(f"order={order}")
