import threading, queue
def producer(q, n):
    for i in range(n):
        q.put(i)
def consumer(q, n, out):
    for _ in range(n):
        out.append(q.get())
q = queue.Queue(maxsize=1)
out = []
p = threading.Thread(target=producer, args=(q, 3))
c = threading.Thread(target=consumer, args=(q, 3, out))
p.start(); c.start(); p.join(); c.join()
print(out[0], out[1], out[2])
