"""(c138 reading len and [0]) A deque(maxlen=3) as a recent-events log shared by threads: old entries fall off the left."""
import threading
from collections import deque

recent = deque(maxlen=3)
size = 0
first = ""


def emit(tag):
    for n in range(2):
        recent.append(f"{tag}{n}")


threads = [threading.Thread(target=emit, args=(t,)) for t in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(recent)
first = recent[0]
print(size, first)
