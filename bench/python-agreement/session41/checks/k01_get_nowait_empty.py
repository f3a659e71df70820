# check: queue.Queue get_nowait on empty raises queue.Empty; put_nowait on full raises queue.Full
import queue
import threading

events = []
q = queue.Queue(maxsize=2)


def work():
    try:
        q.get_nowait()
    except queue.Empty:
        events.append("empty")
    q.put(1)
    q.put(2)
    try:
        q.put_nowait(3)
    except queue.Full:
        events.append("full")
    events.append(q.qsize())


t = threading.Thread(target=work)
t.start()
t.join()
print(events)
