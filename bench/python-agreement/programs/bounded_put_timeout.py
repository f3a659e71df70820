"""A producer drops items when the bounded queue stays full; nobody consumes until later."""
import queue
import threading
import time

slots = queue.Queue(maxsize=1)
dropped = 0
taken = 0


def producer():
    global dropped
    for n in range(3):
        try:
            slots.put(n, timeout=0.01)
        except queue.Full:
            dropped += 1


def consumer():
    global taken
    time.sleep(0.1)
    while not slots.empty():
        slots.get()
        taken += 1


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print("dropped:", dropped, "taken:", taken)
