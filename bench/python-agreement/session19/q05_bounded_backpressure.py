"""A fast producer and a slow consumer through a bounded queue: put() blocks, nothing is lost."""
import queue
import threading
import time

MAXSIZE = 2
COUNT = 6

q = queue.Queue(maxsize=MAXSIZE)
received = []
peak = 0


def producer():
    global peak
    for i in range(COUNT):
        q.put(i)
        peak = max(peak, q.qsize())
    q.put(-1)


def consumer():
    while True:
        item = q.get()
        if item < 0:
            return
        time.sleep(0.001)
        received.append(item)


if __name__ == "__main__":
    threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert received == list(range(COUNT))
    assert peak <= MAXSIZE
