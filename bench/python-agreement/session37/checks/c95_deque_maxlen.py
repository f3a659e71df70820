import threading
from collections import deque

recent = deque(maxlen=2)
log = []


def add(v):
    recent.append(v)


threads = [threading.Thread(target=add, args=(v,)) for v in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(len(recent))
log.append(sum(recent))
print(log)  # ordered
