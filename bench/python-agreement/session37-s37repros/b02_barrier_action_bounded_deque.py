"""A Barrier's action that appends to a bounded deque (a full deque drops its oldest item; cannot raise)."""
import threading
from collections import deque

recent = deque(maxlen=2)
counter = 0
lock = threading.Lock()


def close_phase():
    recent.append(counter)


barrier = threading.Barrier(2, action=close_phase)


def worker():
    global counter
    for _ in range(3):
        with lock:
            counter += 1
        barrier.wait()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(list(recent))
