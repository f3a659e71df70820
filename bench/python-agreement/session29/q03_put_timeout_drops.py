# BUG: dropped items: the producer gives up on a full queue after a short timeout and loses the item
import queue
import threading
import time

q = queue.Queue(maxsize=1)
dropped = 0
received = []


def producer():
    global dropped
    for i in range(4):
        try:
            q.put(i, timeout=0.001)
        except queue.Full:
            dropped += 1
    q.put(-1)


def slow_consumer():
    while True:
        item = q.get()
        if item == -1:
            return
        time.sleep(0.003)
        received.append(item)


p = threading.Thread(target=producer)
c = threading.Thread(target=slow_consumer)
p.start()
c.start()
p.join()
c.join()
print(f"received={received} dropped={dropped}")
