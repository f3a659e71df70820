import threading

from collections import deque
dq = deque([1, 2, 3])
r = -1


def worker():
    dq.rotate(1)


t = threading.Thread(target=worker)
t.start()
t.join()
r = dq[0]
