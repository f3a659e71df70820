# a bounded queue blocks the producer; the items still come out in order, and qsize never exceeds 2
import queue
import threading

q = queue.Queue(maxsize=2)
seen = []
peak = 0


def producer():
    for i in range(6):
        q.put(i)
    q.put(None)


def consumer():
    global peak
    while True:
        size = q.qsize()
        if size > peak:
            peak = size
        item = q.get()
        if item is None:
            break
        seen.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen, peak)
