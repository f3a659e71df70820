"""Bounded buffer with a Condition and wait_for: one producer, two consumers."""
import threading
from collections import deque

CAPACITY = 2
buffer = deque()
cond = threading.Condition()
consumed = {"a": 0, "b": 0}
total = 0
done = False


def producer():
    global done
    for item in range(1, 9):
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(item)
            cond.notify_all()
    with cond:
        done = True
        cond.notify_all()


def consumer(name):
    global total
    while True:
        with cond:
            cond.wait_for(lambda: len(buffer) > 0 or done)
            if not buffer:
                return
            item = buffer.popleft()
            consumed[name] += 1
            total += item
            cond.notify_all()


threads = [threading.Thread(target=producer)]
threads += [threading.Thread(target=consumer, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert total == 36
assert consumed["a"] + consumed["b"] == 8
print(total, consumed)
