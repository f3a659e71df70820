# timing: a producer makes an item every 15 ms (6 items); the consumer spends 10 ms of CPU on each: about 6 * 15 + 10 = 100 ms
import queue
import threading
import time


def handle(item):
    s = 0
    for i in range(280_000):
        s += i
    return item


def producer(q):
    for i in range(6):
        time.sleep(0.015)
        q.put(i)
    q.put(None)


def consumer(q, done):
    while (item := q.get()) is not None:
        done.append(handle(item))  # weft: cpu 10ms


q = queue.Queue()
done = []
threads = [threading.Thread(target=producer, args=(q,)), threading.Thread(target=consumer, args=(q, done))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(done)
