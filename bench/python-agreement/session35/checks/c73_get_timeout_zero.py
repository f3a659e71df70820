"""get(timeout=0) and get(block=False) on an empty queue raise Empty at once."""
import queue

q = queue.Queue()
log = []
try:
    q.get(timeout=0)
except queue.Empty:
    log.append("empty timeout 0")
try:
    q.get(block=False)
except queue.Empty:
    log.append("empty nonblocking")
q.put(1)
log.append(str(q.get(timeout=0)))
print(log)
