import queue

q = queue.Queue(maxsize=1)
outcome = []
q.put_nowait(1)
try:
    q.put_nowait(2)
    outcome.append("put")
except queue.Full:
    outcome.append("full")
outcome.append(q.qsize())
