import queue
import threading

q = queue.Queue(maxsize=2)
dropped = []
got = []


def producer():
    for n in range(4):
        try:
            q.put_nowait(n)
        except queue.Full:
            dropped.append(n)


def consumer():
    for _ in range(2):
        try:
            got.append(q.get(timeout=0.05))
        except queue.Empty:
            got.append(-1)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(dropped, got, q.qsize())
