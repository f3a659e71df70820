"""A producer fetches 5 items (4ms I/O each); a consumer processes each with 2ms of CPU."""
import queue
import threading
import time

q = queue.Queue()
done = []


def crunch(n):
    total = 0
    for i in range(n):
        total += i & 5
    return total


def producer():
    for i in range(5):
        time.sleep(0.004)
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        crunch(45000)  # weft: cpu 2ms
        done.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("processed:", done)
