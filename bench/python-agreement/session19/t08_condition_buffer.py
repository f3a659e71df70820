"""Bounded buffer with a Condition and wait_for (textbook producer/consumer)."""
import threading
from collections import deque

CAPACITY = 2
ITEMS = 6

buffer = deque()
cond = threading.Condition()
consumed = []
max_len = 0


def producer():
    global max_len
    for i in range(ITEMS):
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(i)
            max_len = max(max_len, len(buffer))
            cond.notify_all()


def consumer():
    for _ in range(ITEMS):
        with cond:
            cond.wait_for(lambda: len(buffer) > 0)
            consumed.append(buffer.popleft())
            cond.notify_all()


if __name__ == "__main__":
    p = threading.Thread(target=producer)
    c = threading.Thread(target=consumer)
    c.start()
    p.start()
    p.join()
    c.join()
    assert consumed == list(range(ITEMS))
    assert max_len <= CAPACITY
