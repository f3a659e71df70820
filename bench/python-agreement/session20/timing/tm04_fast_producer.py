"""A producer (5 ms per item) faster than its consumer (15 ms per item), bounded queue of 2."""
import queue
import threading
import time

ITEMS = 8

buffer = queue.Queue(maxsize=2)
consumed = 0


def producer():
    for i in range(ITEMS):
        time.sleep(0.005)
        buffer.put(i)
    buffer.put(-1)


def consumer():
    global consumed
    while True:
        item = buffer.get()
        if item < 0:
            break
        time.sleep(0.015)
        consumed += 1


if __name__ == "__main__":
    p = threading.Thread(target=producer)
    c = threading.Thread(target=consumer)
    p.start()
    c.start()
    p.join()
    c.join()
    assert consumed == ITEMS
