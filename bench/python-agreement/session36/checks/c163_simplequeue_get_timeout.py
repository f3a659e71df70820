"""queue.SimpleQueue with a get timeout."""
import queue
import threading
import time

sq = queue.SimpleQueue()
got = []


def consumer():
    for _ in range(3):
        try:
            got.append(sq.get(timeout=0.02))
        except queue.Empty:
            got.append("empty")


def producer():
    sq.put(1)
    sq.put(2)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(got)
