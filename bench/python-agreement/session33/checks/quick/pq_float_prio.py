import queue
q = queue.PriorityQueue()
for item in [(0.5, 'x'), (0.25, 'y'), (1, 'z')]:
    q.put(item)
order = []
while not q.empty():
    order.append(q.get()[1])
print(order)
