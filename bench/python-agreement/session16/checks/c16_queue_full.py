# check: put(timeout) on a full bounded queue raises queue.Full
import queue

q = queue.Queue(maxsize=1)
full = 0
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    full = 1
size = q.qsize()
print(full, size)
