import queue
import threading

log = []
q = queue.Queue(maxsize=1)


def worker():
    q.put("x")
    try:
        q.put("y", timeout=0.01)
    except queue.Full:
        log.append("full")
    log.append(q.get())
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        log.append("empty")
    try:
        q.get_nowait()
    except queue.Empty:
        log.append("empty nowait")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
