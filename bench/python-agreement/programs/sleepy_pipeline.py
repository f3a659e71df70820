"""A two-stage pipeline through a queue: the reader sleeps per item, the writer sleeps per item."""
import queue
import threading
import time

ITEMS = 4
handoff = queue.Queue()
written = 0


def reader():
    for item in range(ITEMS):
        time.sleep(0.01)  # read one record
        handoff.put(item)


def writer():
    global written
    for _ in range(ITEMS):
        handoff.get()
        time.sleep(0.015)  # write it out
        written += 1


threads = [threading.Thread(target=reader), threading.Thread(target=writer)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("written:", written)
