# timing: a producer makes an item every 15 ms (6 items); the consumer runs burn() on each (cost measured by agree.py)
import queue
import threading
import time


def burn():  # weft: cpu CALIBRATED
    s = 0
    for i in range(280_000):
        s += i


def producer(q):
    for i in range(6):
        time.sleep(0.015)
        q.put(i)
    q.put(None)


def consumer(q, done):
    while (item := q.get()) is not None:
        burn()
        done.append(item)


q = queue.Queue()
done = []
threads = [threading.Thread(target=producer, args=(q,)), threading.Thread(target=consumer, args=(q, done))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(done)
