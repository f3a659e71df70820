# qsize() and full() read while a producer fills a bounded queue and a consumer drains it.
import queue
import threading

q = queue.Queue(maxsize=2)
sizes = []
fulls = 0
taken = 0


def producer():
    global fulls
    for i in range(3):
        if q.full():
            fulls += 1
        q.put(i)
        sizes.append(q.qsize())


def consumer():
    global taken
    for _ in range(3):
        q.get()
        taken += 1


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sizes, fulls, taken)
