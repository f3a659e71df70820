# check: a deque with maxlen keeps the last items appended by two threads
import threading
from collections import deque

recent = deque(maxlen=3)


def log(prefix):
    for i in range(3):
        recent.append(prefix * 10 + i)


a = threading.Thread(target=log, args=(1,))
b = threading.Thread(target=log, args=(2,))
a.start(); b.start()
a.join(); b.join()
print(list(recent))
