import threading

from collections import deque
dq = deque([1, 2, 3])
r = -1


def worker():
    dq.extendleft([8, 9])


t = threading.Thread(target=worker)
t.start()
t.join()
r = dq[0]
