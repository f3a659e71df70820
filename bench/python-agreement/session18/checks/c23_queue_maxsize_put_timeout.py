# put(timeout) on a full bounded queue raises queue.Full when the consumer is slow.
import queue
import threading
import time

q = queue.Queue(maxsize=1)
dropped = 0
taken = []


def producer():
    global dropped
    for n in range(3):
        try:
            q.put(n, timeout=0.02)
        except queue.Full:
            dropped += 1


def consumer():
    time.sleep(0.2)
    while not q.empty():
        taken.append(q.get())


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
