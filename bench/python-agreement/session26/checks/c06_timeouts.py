import queue
import threading

lock = threading.Lock()
event = threading.Event()
q: queue.Queue = queue.Queue()
cond = threading.Condition()
got_lock = -1
event_set = -1
queue_empty = 0
cond_notified = -1
alive_after = -1


def holder() -> None:
    with lock:
        event.wait(0.2)


h = threading.Thread(target=holder)
h.start()
got_lock = int(lock.acquire(timeout=0.02))
event_set = int(event.wait(timeout=0.01))
try:
    q.get(timeout=0.01)
except queue.Empty:
    queue_empty = 1
with cond:
    cond_notified = int(cond.wait(timeout=0.01))
h.join(timeout=0.01)
alive_after = int(h.is_alive())
event.set()
h.join()
print(got_lock, event_set, queue_empty, cond_notified, alive_after)
