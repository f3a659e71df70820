# ordered
# And queue.Queue.put_nowait's queue.Full is not asyncio.QueueFull.
import asyncio
import queue
import threading

log = []
q = queue.Queue(maxsize=1)
q.put("x")


def worker():
    try:
        try:
            q.put_nowait("y")
        except asyncio.QueueFull:
            log.append("asyncio.QueueFull")
    except queue.Full:
        log.append("queue.Full")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
