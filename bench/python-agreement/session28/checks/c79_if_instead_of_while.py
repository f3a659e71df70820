# BUG: `if` instead of `while` around Condition.wait: two consumers wake on notify_all for one item
import threading
import time
from collections import deque

items: deque[int] = deque()
cond = threading.Condition()
taken: list[int] = []


def consumer() -> None:
    with cond:
        if not items:
            cond.wait()
        taken.append(items.popleft())  # IndexError for the second consumer


threads = [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
time.sleep(0.02)
with cond:
    items.append(7)
    cond.notify_all()
time.sleep(0.02)
with cond:
    items.append(8)
    cond.notify_all()
for t in threads:
    t.join()
print(taken)
assert sorted(taken) == [7, 8]
