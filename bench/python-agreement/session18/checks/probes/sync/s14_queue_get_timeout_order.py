import queue
import threading
import time

q = queue.Queue()
log = []

def consumer():
    try:
        log.append(q.get(timeout=0.05))
    except queue.Empty:
        log.append("empty")
    log.append(q.get())

def producer():
    time.sleep(0.2)
    q.put("late")

ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
