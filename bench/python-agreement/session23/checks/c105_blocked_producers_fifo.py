# check: producers blocked on a full queue put their items in the order they blocked
import queue
import threading
import time

q = queue.Queue(maxsize=1)
got = []


def producer(n):
    time.sleep(0.005 * n)
    q.put(n)


q.put(0)
ts = [threading.Thread(target=producer, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
time.sleep(0.03)
for _ in range(4):
    got.append(q.get())
for t in ts:
    t.join()
