import queue
import threading

q = queue.Queue(maxsize=1)
log = []


def worker():
    q.put(1, block=False)
    try:
        q.put(2, block=False)
    except queue.Full:
        log.append("full")
    log.append(str(q.get(block=False)))
    try:
        q.get(False)
    except queue.Empty:
        log.append("empty")
    log.append(str(q.qsize()))


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
