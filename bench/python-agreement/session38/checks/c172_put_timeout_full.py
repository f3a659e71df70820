# ordered
# put(timeout=) on a full Queue raises Full when nobody takes an item in time.
import queue
import threading

log = []
q = queue.Queue(maxsize=1)


def worker():
    q.put("a")
    try:
        q.put("b", timeout=0.02)
    except queue.Full:
        log.append("full after timeout")
    log.append(q.get())


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
