# A bounded queue between a fast producer and a slow consumer; the producer drops items when put() times
# out and the consumer stops after a get() timeout.
import queue
import threading
import time

buffer = queue.Queue(maxsize=2)
dropped = []
consumed = []


def producer():
    for item in range(6):
        try:
            buffer.put(item, timeout=0.01)
        except queue.Full:
            dropped.append(item)


def consumer():
    while True:
        try:
            item = buffer.get(timeout=0.05)
        except queue.Empty:
            break
        time.sleep(0.02)
        consumed.append(item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print("consumed", consumed)
print("dropped", dropped)
print("accounted", len(consumed) + len(dropped))
