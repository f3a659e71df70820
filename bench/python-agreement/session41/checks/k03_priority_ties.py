# check: PriorityQueue orders tuples by priority then by the second item
import queue

pq = queue.PriorityQueue()
for item in [(2, "write"), (1, "read"), (2, "append"), (0, "open"), (1, "close")]:
    pq.put(item)
order = []
while not pq.empty():
    order.append(pq.get()[1])
print(order)
