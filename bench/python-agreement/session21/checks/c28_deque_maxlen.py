# a deque with maxlen drops from the other end
import threading
from collections import deque

recent = deque(maxlen=3)
lock = threading.Lock()
snapshot = []


def record(n):
    with lock:
        recent.append(n)


for n in range(5):
    t = threading.Thread(target=record, args=(n,))
    t.start()
    t.join()
recent.appendleft(99)
for x in recent:
    snapshot.append(x)
print(snapshot)
