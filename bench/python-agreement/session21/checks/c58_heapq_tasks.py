# heapq orders (priority, name) tuples, ties broken by the name
import heapq
import threading

heap = []
lock = threading.Lock()
order = []


def submit(priority, name):
    with lock:
        heapq.heappush(heap, (priority, name))


for p, n in [(2, "write"), (1, "read"), (2, "alpha"), (0, "boot")]:
    t = threading.Thread(target=submit, args=(p, n))
    t.start()
    t.join()
while heap:
    order.append(heapq.heappop(heap)[1])
print(order)
