"""A producer that waits 10 ms per item feeds a consumer that spends 5 ms of CPU per item: about 55 ms."""
import queue
import threading
import time

items = queue.Queue()
handled = []


def spin(seconds):  # weft: cpu 5ms
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def producer():
    for i in range(5):
        time.sleep(0.01)
        items.put(i)
    items.put(None)


def consumer():
    while (item := items.get()) is not None:
        spin(0.005)
        handled.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(handled)
