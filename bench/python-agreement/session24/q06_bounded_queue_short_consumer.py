# BUG: deadlock: the consumer stops after a fixed count that is short (two fewer than produced into a queue of one), so the producer blocks forever
# on put() into the full bounded queue and join() never returns
import queue
import threading

BATCH = 5
q = queue.Queue(maxsize=1)
received = []


def producer():
    for i in range(BATCH):
        q.put(i)


def consumer():
    for _ in range(BATCH - 2):
        received.append(q.get())


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
c.join()
p.join()
print(received)
