# A deque with maxlen keeps the last 3 events appended by two threads, dropping from the left.
# CPython 3.11.7 (10 runs): kept=3, recent=[11, 20, 21], 10 of 10; weft explore: that and the 5 other orders of the
# last three appends, complete.
import threading
from collections import deque

recent = deque(maxlen=3)
recent_lock = threading.Lock()


def log(source, count):
    for i in range(count):
        with recent_lock:
            recent.append(source * 10 + i)


threads = [threading.Thread(target=log, args=(s, 2)) for s in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
kept = len(recent)
assert kept == 3
