import threading
from collections import deque

recent = deque(maxlen=3)


def worker(start):
    for i in range(start, start + 5):
        recent.append(i)


t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
last = list(recent)
print(last)
