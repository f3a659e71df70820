import queue
q = queue.PriorityQueue()
for item in [(-1, 2), (-1, -5), (-2, 9)]:
    q.put(item)
order = []
while not q.empty():
    order.append(q.get()[1])
print(order)
