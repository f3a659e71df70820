# Check: deque(maxlen=3) drops from the other end; appendleft, rotate, popleft. Bug: none.
import threading
from collections import deque

recent = deque(maxlen=3)
out = []


def worker():
    for i in range(1, 6):
        recent.append(i)
    recent.appendleft(0)
    recent.rotate(1)
    out.append(recent.popleft())
    out.append(len(recent))
    out.append(sum(recent))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
