import queue
q = queue.PriorityQueue()
for item in ['beta', 'Alpha', 'alpha', 'b']:
    q.put(item)
order = []
while not q.empty():
    order.append(q.get())
print(order)
