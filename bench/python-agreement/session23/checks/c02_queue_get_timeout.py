# check: queue.get(timeout=...) raises queue.Empty when nothing comes in time; a later put is seen
import queue
import threading
import time

q = queue.Queue()
got = []
timeouts = 0


def late_put():
    time.sleep(0.05)
    q.put(7)


t = threading.Thread(target=late_put)
t.start()
for _ in range(3):
    try:
        got.append(q.get(timeout=0.02))
        break
    except queue.Empty:
        timeouts += 1
t.join()
