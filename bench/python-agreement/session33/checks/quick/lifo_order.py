import queue
q = queue.LifoQueue()
for n in (1, 2, 3):
    q.put(n)
print([q.get() for _ in range(3)])
