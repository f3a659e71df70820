# Check: put on a full Queue(maxsize=1) blocks until a consumer gets; the order of events shows it. Bug: none.
import queue
import threading
import time

q = queue.Queue(maxsize=1)
events = []


def producer():
    for i in range(3):
        q.put(i)
        events.append(f"put{i}")


def consumer():
    time.sleep(0.02)
    for _ in range(3):
        events.append(f"get{q.get()}")
        time.sleep(0.02)


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"events={events}")
