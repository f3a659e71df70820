import queue
import threading
import time


def producer(q):
    for i in range(5):
        time.sleep(0.01)
        q.put(i)
    q.put(None)


def consumer(q, out):
    while True:
        item = q.get()
        if item is None:
            break
        time.sleep(0.015)
        out.append(item)


q = queue.Queue()
out = []
threads = [threading.Thread(target=producer, args=(q,)), threading.Thread(target=consumer, args=(q, out))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
