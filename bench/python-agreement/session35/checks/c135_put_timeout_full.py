"""A producer with put(timeout=0.005) on a Queue(maxsize=1) whose slow consumer drains every 20 ms."""
import queue
import threading
import time

q = queue.Queue(maxsize=1)
dropped = []
taken = []


def producer():
    for n in range(3):
        try:
            q.put(n, timeout=0.005)
        except queue.Full:
            dropped.append(n)


def consumer():
    for _ in range(2):
        time.sleep(0.02)
        try:
            taken.append(q.get_nowait())
        except queue.Empty:
            pass


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(taken, dropped)
