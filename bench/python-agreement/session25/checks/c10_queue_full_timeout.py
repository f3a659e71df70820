# check: put with a time-out on a full queue raises queue.Full; get with a time-out on an empty one raises Empty
import queue
import threading

q = queue.Queue(maxsize=1)
events = []


def producer():
    q.put("a")
    try:
        q.put("b", timeout=0.02)
        events.append("put b")
    except queue.Full:
        events.append("full")


def consumer():
    try:
        q.get(timeout=0.2)
        events.append("got")
        q.get(timeout=0.05)
        events.append("got2")
    except queue.Empty:
        events.append("empty")


p = threading.Thread(target=producer)
p.start()
p.join()
c = threading.Thread(target=consumer)
c.start()
c.join()
first = events[0]
last = events[-1]
count = len(events)
print(events)
