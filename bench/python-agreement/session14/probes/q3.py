# bounded queue put timeout
import queue
import threading
import time

q = queue.Queue(maxsize=1)
full_errors = 0
taken = 0


def slow_consumer():
    global taken
    time.sleep(0.05)
    q.get()
    taken += 1


def producer():
    global full_errors
    for i in range(3):
        try:
            q.put(i, timeout=0.01)
        except queue.Full:
            full_errors += 1


c = threading.Thread(target=slow_consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
