# A producer does 2ms of CPU work per item, a consumer spends 3ms of I/O per item; five items.
import queue
import threading
import time


def burn(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


q = queue.Queue()
out = []


def producer():
    for i in range(5):
        burn(14000)  # weft: cpu 2ms
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        time.sleep(0.003)
        out.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
