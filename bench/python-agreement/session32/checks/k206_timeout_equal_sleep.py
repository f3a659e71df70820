# get(timeout=0.01) against a producer that puts after sleep(0.01): either can come first in CPython.
import queue
import threading
import time

q = queue.Queue()
got = -1


def producer():
    time.sleep(0.01)
    q.put(1)


def consumer():
    global got
    try:
        got = q.get(timeout=0.01)
    except queue.Empty:
        got = 0


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(got)
