import queue
q = queue.PriorityQueue()
for item in [(1, 'b'), (0, 'z'), (1, 'a'), (1, 'ab')]:
    q.put(item)
order = []
while not q.empty():
    order.append(q.get()[1])
print(order)
