# A producer does 5ms of CPU work per item then hands it over a Queue; the consumer sleeps 15ms per item (I/O).
import queue
import threading
import time

handoff = queue.Queue()
consumed = 0


def prepare():  # weft: cpu 5ms
    end = time.perf_counter() + 0.005
    while time.perf_counter() < end:
        pass


def producer():
    for item in range(5):
        prepare()
        handoff.put(item)
    handoff.put(None)


def consumer():
    global consumed
    while True:
        item = handoff.get()
        if item is None:
            break
        time.sleep(0.015)
        consumed += 1


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumed", consumed)
