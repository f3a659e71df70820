# Expected: maxsize=2 makes the producer block, so it never runs far ahead of the slow consumer (max_ahead stays small: at most 3 counting the item in hand); all 6 are consumed.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
produced = 0
consumed = 0
max_ahead = 0


def producer():
    global produced, max_ahead
    for i in range(6):
        q.put(i)
        produced += 1
        max_ahead = max(max_ahead, produced - consumed)
    q.put(None)


def consumer():
    global consumed
    while True:
        item = q.get()
        if item is None:
            return
        time.sleep(0.005)
        consumed += 1


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(produced, consumed, max_ahead)
