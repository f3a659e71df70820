# check: zero time-outs do not block: queue get(timeout=0)... wait, Event.wait(0), acquire(timeout=0), Condition.wait(0)
import queue
import threading

q = queue.Queue()
ev = threading.Event()
lock = threading.Lock()
cond = threading.Condition()
r = []

try:
    q.get(True, 0)
    r.append(1)
except queue.Empty:
    r.append(2)
set_now = ev.wait(0)
r.append(3 if set_now else 4)
lock.acquire()
got = lock.acquire(timeout=0)
r.append(5 if got else 6)
with cond:
    woke = cond.wait(0)
r.append(7 if woke else 8)
