"""put_nowait on a full bounded Queue raises queue.Full; the consumer drains it later."""
import queue
import threading
import time

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
    time.sleep(0.01)
    while not q.empty():
        got.append(q.get())


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got, dropped)
