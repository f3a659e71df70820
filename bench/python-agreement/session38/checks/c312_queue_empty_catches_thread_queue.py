# ordered
# And queue.Queue.get_nowait's queue.Empty is not asyncio.QueueEmpty.
import asyncio
import queue
import threading

log = []
q = queue.Queue()


def worker():
    try:
        try:
            q.get_nowait()
        except asyncio.QueueEmpty:
            log.append("asyncio.QueueEmpty")
    except queue.Empty:
        log.append("queue.Empty")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
