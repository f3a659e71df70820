"""put_nowait on a full queue raises Full; get_nowait on an empty one raises Empty."""
import queue
import threading

q = queue.Queue(maxsize=1)
events = []


def worker():
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except queue.Full:
        events.append("full")
    events.append(q.get_nowait())
    try:
        q.get_nowait()
    except queue.Empty:
        events.append("empty")


t = threading.Thread(target=worker)
t.start()
t.join()
print(events)
