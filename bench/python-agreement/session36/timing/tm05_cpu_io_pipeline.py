# Timing: a producer does 2 ms of CPU work per item and puts it on a queue; the consumer sleeps 5 ms per
# item (I/O): eight items overlap to about 2 + 8 * 5 = 42 ms.
import queue
import threading
import time

items = queue.Queue()
written = []


def crunch(n):
    total = 0
    for i in range(n):
        total += i
    return total


def producer():
    for i in range(8):
        crunch(58000)  # weft: cpu 2ms
        items.put(i)
    items.put(None)


def consumer():
    while True:
        item = items.get()
        if item is None:
            break
        time.sleep(0.005)
        written.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(written)
print(f"count={count}")
