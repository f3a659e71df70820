"""Timing: a producer (2 ms per item) faster than its consumer (8 ms per item), bounded queue of 3."""
import queue
import threading
import time

ITEMS = 10
q = queue.Queue(maxsize=3)
consumed = 0


def producer():
    for i in range(ITEMS):
        time.sleep(0.002)
        q.put(i)
    q.put(None)


def consumer():
    global consumed
    while q.get() is not None:
        time.sleep(0.008)
        consumed += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
