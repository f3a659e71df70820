import queue
import threading

lq = queue.LifoQueue()
order = []


def producer():
    for n in [1, 2, 3]:
        lq.put(n)


t = threading.Thread(target=producer)
t.start()
t.join()
while not lq.empty():
    order.append(lq.get())
print(order)
