# check: put(timeout=...) on a full bounded queue raises queue.Full; put_nowait too
import queue

q = queue.Queue(maxsize=1)
q.put(1)
full = 0
try:
    q.put(2, timeout=0.01)
except queue.Full:
    full += 1
try:
    q.put_nowait(3)
except queue.Full:
    full += 10
size = q.qsize()
